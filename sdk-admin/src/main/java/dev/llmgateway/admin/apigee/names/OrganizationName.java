package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The name of an Apigee organization: {@code organizations/{organization}}. */
public final class OrganizationName implements ResourceName {

  private static final Pattern FORMAT = Pattern.compile("organizations/([^/]+)");

  private final String organization;

  private OrganizationName(String organization) {
    this.organization = NameRules.organization(organization);
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
    Matcher m = Names.match("organization name", FORMAT, name);
    return of(m.group(1));
  }

  /**
   * Returns the organization id.
   *
   * @return the organization id
   */
  public String organization() {
    return organization;
  }

  @Override
  public String path() {
    return "organizations/" + organization;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrganizationName
        && ((OrganizationName) o).organization.equals(organization);
  }

  @Override
  public int hashCode() {
    return organization.hashCode();
  }
}
