package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of an Apigee organization: {@code organizations/{organization}}.
 *
 * @param organization the organization id, usually the Google Cloud project id
 */
public record OrganizationName(String organization) implements ResourceName {

  /**
   * Creates an organization name.
   *
   * @param organization the organization id, usually the Google Cloud project id
   * @throws IllegalArgumentException if {@code organization} is blank or contains '/'
   */
  public OrganizationName {
    NameRules.organization(organization);
  }

  /**
   * Creates an organization name.
   *
   * @param organization the organization id, usually the Google Cloud project id
   * @return the name
   * @throws IllegalArgumentException if {@code organization} is blank or contains '/'
   */
  public static OrganizationName of(String organization) {
    return new OrganizationName(organization);
  }

  /**
   * Parses {@code organizations/{organization}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape
   */
  public static OrganizationName parse(String name) {
    return of(Names.parse("organization name", "organizations/{}", name)[0]);
  }

  @Override
  public String path() {
    return "organizations/" + organization;
  }

  @Override
  public String toString() {
    return path();
  }
}
