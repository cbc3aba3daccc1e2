package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The name of an API proxy: {@code organizations/{organization}/apis/{apiProxy}}. */
public final class ApiProxyName implements ResourceName {

  private static final Pattern FORMAT = Pattern.compile("organizations/([^/]+)/apis/([^/]+)");

  private final String organization;
  private final String apiProxy;

  private ApiProxyName(String organization, String apiProxy) {
    this.organization = NameRules.organization(organization);
    this.apiProxy = NameRules.apiProxy(apiProxy);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProxy the API proxy name
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static ApiProxyName of(String organization, String apiProxy) {
    return new ApiProxyName(organization, apiProxy);
  }

  /**
   * Creates the name of an API proxy in the given organization.
   *
   * @param organization the organization's name
   * @param apiProxy the API proxy name
   * @return the name
   */
  public static ApiProxyName of(OrganizationName organization, String apiProxy) {
    return of(organization.organization(), apiProxy);
  }

  /**
   * Parses {@code organizations/{organization}/apis/{apiProxy}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static ApiProxyName parse(String name) {
    Matcher m = Names.match("apiProxyName", FORMAT, name);
    return of(m.group(1), m.group(2));
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public OrganizationName organizationName() {
    return OrganizationName.of(organization);
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

  @Override
  public String path() {
    return "organizations/" + organization + "/apis/" + apiProxy;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ApiProxyName)) {
      return false;
    }
    ApiProxyName o = (ApiProxyName) other;
    return o.organization.equals(organization) && o.apiProxy.equals(apiProxy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, apiProxy);
  }
}
