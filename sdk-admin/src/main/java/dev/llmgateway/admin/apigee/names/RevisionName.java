package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of an API proxy revision: {@code
 * organizations/{organization}/apis/{apiProxy}/revisions/{revision}}.
 */
public final class RevisionName implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("organizations/([^/]+)/apis/([^/]+)/revisions/([^/]+)");

  private final String organization;
  private final String apiProxy;
  private final String revision;

  private RevisionName(String organization, String apiProxy, String revision) {
    this.organization = NameRules.organization(organization);
    this.apiProxy = NameRules.apiProxy(apiProxy);
    this.revision = NameRules.revision(revision);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProxy the API proxy name
   * @param revision the revision number in decimal
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static RevisionName of(String organization, String apiProxy, String revision) {
    return new RevisionName(organization, apiProxy, revision);
  }

  /**
   * Creates the name of a revision of the given API proxy.
   *
   * @param apiProxy the API proxy's name
   * @param revision the revision number, 1 or more
   * @return the name
   * @throws IllegalArgumentException if {@code revision} is less than 1
   */
  public static RevisionName of(ApiProxyName apiProxy, int revision) {
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be >= 1 but was " + revision);
    }
    return of(apiProxy.organization(), apiProxy.apiProxy(), Integer.toString(revision));
  }

  /**
   * Parses {@code organizations/{organization}/apis/{apiProxy}/revisions/{revision}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static RevisionName parse(String name) {
    Matcher m = Names.match("revisionName", FORMAT, name);
    return of(m.group(1), m.group(2), m.group(3));
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public ApiProxyName apiProxyName() {
    return ApiProxyName.of(organization, apiProxy);
  }

  /**
   * Returns the organization id.
   *
   * @return the organization id
   */
  public String organization() {
    return organization;
  }

  /**
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  public String apiProxy() {
    return apiProxy;
  }

  /**
   * Returns the revision number in decimal.
   *
   * @return the revision number in decimal
   */
  public String revision() {
    return revision;
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/apis/" + apiProxy + "/revisions/" + revision;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RevisionName)) {
      return false;
    }
    RevisionName o = (RevisionName) other;
    return o.organization.equals(organization)
        && o.apiProxy.equals(apiProxy)
        && o.revision.equals(revision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, apiProxy, revision);
  }
}
