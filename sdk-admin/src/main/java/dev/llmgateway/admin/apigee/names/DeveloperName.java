package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The name of an Apigee developer: {@code organizations/{organization}/developers/{developer}}. */
public final class DeveloperName implements ResourceName {

  private static final Pattern FORMAT = Pattern.compile("organizations/([^/]+)/developers/([^/]+)");

  private final String organization;
  private final String developer;

  private DeveloperName(String organization, String developer) {
    this.organization = NameRules.organization(organization);
    this.developer = NameRules.developer(developer);
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
    Matcher m = Names.match("developerName", FORMAT, name);
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
   * Returns the developer's email (lowercase) or id.
   *
   * @return the developer's email (lowercase) or id
   */
  public String developer() {
    return developer;
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/developers/" + developer;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DeveloperName)) {
      return false;
    }
    DeveloperName o = (DeveloperName) other;
    return o.organization.equals(organization) && o.developer.equals(developer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, developer);
  }
}
