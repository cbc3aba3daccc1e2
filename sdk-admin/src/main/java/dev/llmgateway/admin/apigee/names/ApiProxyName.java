package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of an API proxy: {@code organizations/{organization}/apis/{apiProxy}}.
 *
 * @param organization the organization id
 * @param apiProxy the API proxy name
 */
public record ApiProxyName(String organization, String apiProxy) implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProxy the API proxy name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public ApiProxyName {
    NameRules.organization(organization);
    NameRules.apiProxy(apiProxy);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProxy the API proxy name
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static ApiProxyName of(String organization, String apiProxy) {
    return new ApiProxyName(organization, apiProxy);
  }

  /**
   * Creates the name of an API proxy in the given organization.
   *
   * @param organization the organization's name
   * @param apiProxy the API proxy name
   * @return the name
   */
  public static ApiProxyName of(OrganizationName organization, String apiProxy) {
    return of(organization.organization(), apiProxy);
  }

  /**
   * Parses {@code organizations/{organization}/apis/{apiProxy}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static ApiProxyName parse(String name) {
    String[] p = Names.parse("apiProxyName", "organizations/{}/apis/{}", name);
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
    return "organizations/" + organization + "/apis/" + apiProxy;
  }

  @Override
  public String toString() {
    return path();
  }
}
