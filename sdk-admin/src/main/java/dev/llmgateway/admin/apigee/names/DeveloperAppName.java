package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of a developer app: {@code
 * organizations/{organization}/developers/{developer}/apps/{app}}.
 *
 * @param organization the organization id
 * @param developer the developer's email (lowercase) or id
 * @param app the app name
 */
public record DeveloperAppName(String organization, String developer, String app)
    implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param developer the developer's email (lowercase) or id
   * @param app the app name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public DeveloperAppName {
    NameRules.organization(organization);
    NameRules.developer(developer);
    NameRules.app(app);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param developer the developer's email (lowercase) or id
   * @param app the app name
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static DeveloperAppName of(String organization, String developer, String app) {
    return new DeveloperAppName(organization, developer, app);
  }

  /**
   * Creates the name of an app of the given developer.
   *
   * @param developer the developer's name
   * @param app the app name
   * @return the name
   */
  public static DeveloperAppName of(DeveloperName developer, String app) {
    return of(developer.organization(), developer.developer(), app);
  }

  /**
   * Parses {@code organizations/{organization}/developers/{developer}/apps/{app}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static DeveloperAppName parse(String name) {
    String[] p = Names.parse("developerAppName", "organizations/{}/developers/{}/apps/{}", name);
    return of(p[0], p[1], p[2]);
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public DeveloperName developerName() {
    return DeveloperName.of(organization, developer);
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/developers/" + developer + "/apps/" + app;
  }

  @Override
  public String toString() {
    return path();
  }
}
