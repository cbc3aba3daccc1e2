package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of an environment: {@code organizations/{organization}/environments/{environment}}.
 *
 * @param organization the organization id
 * @param environment the environment name
 */
public record EnvironmentName(String organization, String environment) implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param environment the environment name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public EnvironmentName {
    NameRules.organization(organization);
    NameRules.environment(environment);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param environment the environment name
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static EnvironmentName of(String organization, String environment) {
    return new EnvironmentName(organization, environment);
  }

  /**
   * Creates the name of an environment in the given organization.
   *
   * @param organization the organization's name
   * @param environment the environment name
   * @return the name
   */
  public static EnvironmentName of(OrganizationName organization, String environment) {
    return of(organization.organization(), environment);
  }

  /**
   * Parses {@code organizations/{organization}/environments/{environment}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static EnvironmentName parse(String name) {
    String[] p = Names.parse("environmentName", "organizations/{}/environments/{}", name);
    return of(p[0], p[1]);
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public OrganizationName organizationName() {
    return OrganizationName.of(organization);
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/environments/" + environment;
  }

  @Override
  public String toString() {
    return path();
  }
}
