package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of an Apigee environment: {@code
 * organizations/{organization}/environments/{environment}}.
 */
public final class EnvironmentName implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("organizations/([^/]+)/environments/([^/]+)");

  private final String organization;
  private final String environment;

  private EnvironmentName(String organization, String environment) {
    this.organization = NameRules.organization(organization);
    this.environment = NameRules.environment(environment);
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
    Matcher m = Names.match("environmentName", FORMAT, name);
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
   * Returns the environment name.
   *
   * @return the environment name
   */
  public String environment() {
    return environment;
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/environments/" + environment;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof EnvironmentName)) {
      return false;
    }
    EnvironmentName o = (EnvironmentName) other;
    return o.organization.equals(organization) && o.environment.equals(environment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, environment);
  }
}
