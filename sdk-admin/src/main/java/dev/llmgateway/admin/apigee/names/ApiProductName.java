package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of an API product: {@code organizations/{organization}/apiproducts/{apiProduct}}.
 *
 * @param organization the organization id
 * @param apiProduct the API product name
 */
public record ApiProductName(String organization, String apiProduct) implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProduct the API product name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public ApiProductName {
    NameRules.organization(organization);
    NameRules.apiProduct(apiProduct);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProduct the API product name
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static ApiProductName of(String organization, String apiProduct) {
    return new ApiProductName(organization, apiProduct);
  }

  /**
   * Creates the name of an API product in the given organization.
   *
   * @param organization the organization's name
   * @param apiProduct the API product name
   * @return the name
   */
  public static ApiProductName of(OrganizationName organization, String apiProduct) {
    return of(organization.organization(), apiProduct);
  }

  /**
   * Parses {@code organizations/{organization}/apiproducts/{apiProduct}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static ApiProductName parse(String name) {
    String[] p = Names.parse("apiProductName", "organizations/{}/apiproducts/{}", name);
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
    return "organizations/" + organization + "/apiproducts/" + apiProduct;
  }

  @Override
  public String toString() {
    return path();
  }
}
