package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of a developer app: {@code
 * organizations/{organization}/developers/{developer}/apps/{app}}.
 */
public final class DeveloperAppName implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("organizations/([^/]+)/developers/([^/]+)/apps/([^/]+)");

  private final String organization;
  private final String developer;
  private final String app;

  private DeveloperAppName(String organization, String developer, String app) {
    this.organization = NameRules.organization(organization);
    this.developer = NameRules.developer(developer);
    this.app = NameRules.app(app);
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
    Matcher m = Names.match("developerAppName", FORMAT, name);
    return of(m.group(1), m.group(2), m.group(3));
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public DeveloperName developerName() {
    return DeveloperName.of(organization, developer);
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
   * Returns the developer's email (lowercase) or id.
   *
   * @return the developer's email (lowercase) or id
   */
  public String developer() {
    return developer;
  }

  /**
   * Returns the app name.
   *
   * @return the app name
   */
  public String app() {
    return app;
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/developers/" + developer + "/apps/" + app;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DeveloperAppName)) {
      return false;
    }
    DeveloperAppName o = (DeveloperAppName) other;
    return o.organization.equals(organization)
        && o.developer.equals(developer)
        && o.app.equals(app);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, developer, app);
  }
}
