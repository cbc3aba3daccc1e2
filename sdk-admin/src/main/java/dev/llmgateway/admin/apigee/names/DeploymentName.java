package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of the deployment of an API proxy revision in an environment: {@code
 * organizations/{organization}/environments/{environment}/apis/{apiProxy}/revisions/{revision}}.
 *
 * @param organization the organization id
 * @param environment the environment name
 * @param apiProxy the API proxy name
 * @param revision the revision number in decimal
 */
public record DeploymentName(
    String organization, String environment, String apiProxy, String revision)
    implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param environment the environment name
   * @param apiProxy the API proxy name
   * @param revision the revision number in decimal
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public DeploymentName {
    NameRules.organization(organization);
    NameRules.environment(environment);
    NameRules.apiProxy(apiProxy);
    NameRules.revision(revision);
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
   * Parses {@code
   * organizations/{organization}/environments/{environment}/apis/{apiProxy}/revisions/{revision}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static DeploymentName parse(String name) {
    String[] p =
        Names.parse(
            "deploymentName", "organizations/{}/environments/{}/apis/{}/revisions/{}", name);
    return of(p[0], p[1], p[2], p[3]);
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
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public EnvironmentName environmentName() {
    return EnvironmentName.of(organization, environment);
  }

  @Override
  public String path() {
    return environmentName().path() + "/apis/" + apiProxy + "/revisions/" + revision;
  }

  @Override
  public String toString() {
    return path();
  }
}
