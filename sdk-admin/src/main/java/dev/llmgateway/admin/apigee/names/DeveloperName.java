package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of a developer: {@code organizations/{organization}/developers/{developer}}.
 *
 * @param organization the organization id
 * @param developer the developer's email (lowercase) or id
 */
public record DeveloperName(String organization, String developer) implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param developer the developer's email (lowercase) or id
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public DeveloperName {
    NameRules.organization(organization);
    NameRules.developer(developer);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param developer the developer's email (lowercase) or id
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static DeveloperName of(String organization, String developer) {
    return new DeveloperName(organization, developer);
  }

  /**
   * Creates the name of a developer in the given organization.
   *
   * @param organization the organization's name
   * @param developer the developer's email (lowercase) or id
   * @return the name
   */
  public static DeveloperName of(OrganizationName organization, String developer) {
    return of(organization.organization(), developer);
  }

  /**
   * Parses {@code organizations/{organization}/developers/{developer}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static DeveloperName parse(String name) {
    String[] p = Names.parse("developerName", "organizations/{}/developers/{}", name);
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
    return "organizations/" + organization + "/developers/" + developer;
  }

  @Override
  public String toString() {
    return path();
  }
}
