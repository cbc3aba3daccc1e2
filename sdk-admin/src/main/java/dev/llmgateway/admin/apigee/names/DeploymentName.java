package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of the deployment of an API proxy revision in an environment: {@code
 * organizations/{organization}/environments/{environment}/apis/{apiProxy}/revisions/{revision}}.
 */
public final class DeploymentName implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("organizations/([^/]+)/environments/([^/]+)/apis/([^/]+)/revisions/([^/]+)");

  private final String organization;
  private final String environment;
  private final String apiProxy;
  private final String revision;

  private DeploymentName(
      String organization, String environment, String apiProxy, String revision) {
    this.organization = NameRules.organization(organization);
    this.environment = NameRules.environment(environment);
    this.apiProxy = NameRules.apiProxy(apiProxy);
    this.revision = NameRules.revision(revision);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param environment the environment name
   * @param apiProxy the API proxy name
   * @param revision the revision number in decimal
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static DeploymentName of(
      String organization, String environment, String apiProxy, String revision) {
    return new DeploymentName(organization, environment, apiProxy, revision);
  }

  /**
   * Creates the name of the deployment of {@code revision} in {@code environment}.
   *
   * @param environment the environment's name
   * @param revision the revision's name; must be in the same organization
   * @return the name
   * @throws IllegalArgumentException if the organizations differ
   */
  public static DeploymentName of(EnvironmentName environment, RevisionName revision) {
    if (!environment.organization().equals(revision.organization())) {
      throw new IllegalArgumentException(
          "revision must be in organization '"
              + environment.organization()
              + "' but was in '"
              + revision.organization()
              + "'");
    }
    return of(
        environment.organization(),
        environment.environment(),
        revision.apiProxy(),
        revision.revision());
  }

  /**
   * Returns the name of the deployed revision.
   *
   * @return the revision's name
   */
  public RevisionName revisionName() {
    return RevisionName.of(organization, apiProxy, revision);
  }

  /**
   * Parses {@code
   * organizations/{organization}/environments/{environment}/apis/{apiProxy}/revisions/{revision}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static DeploymentName parse(String name) {
    Matcher m = Names.match("deploymentName", FORMAT, name);
    return of(m.group(1), m.group(2), m.group(3), m.group(4));
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public EnvironmentName environmentName() {
    return EnvironmentName.of(organization, environment);
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
   * Returns the environment name.
   *
   * @return the environment name
   */
  public String environment() {
    return environment;
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
    return "organizations/"
        + organization
        + "/environments/"
        + environment
        + "/apis/"
        + apiProxy
        + "/revisions/"
        + revision;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DeploymentName)) {
      return false;
    }
    DeploymentName o = (DeploymentName) other;
    return o.organization.equals(organization)
        && o.environment.equals(environment)
        && o.apiProxy.equals(apiProxy)
        && o.revision.equals(revision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, environment, apiProxy, revision);
  }
}
