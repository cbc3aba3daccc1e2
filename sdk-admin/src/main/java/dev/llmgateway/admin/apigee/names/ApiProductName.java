package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The name of an API product: {@code organizations/{organization}/apiproducts/{apiProduct}}. */
public final class ApiProductName implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("organizations/([^/]+)/apiproducts/([^/]+)");

  private final String organization;
  private final String apiProduct;

  private ApiProductName(String organization, String apiProduct) {
    this.organization = NameRules.organization(organization);
    this.apiProduct = NameRules.apiProduct(apiProduct);
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
    Matcher m = Names.match("apiProductName", FORMAT, name);
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
   * Returns the API product name.
   *
   * @return the API product name
   */
  public String apiProduct() {
    return apiProduct;
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/apiproducts/" + apiProduct;
  }

  @Override
  public String toString() {
    return path();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ApiProductName)) {
      return false;
    }
    ApiProductName o = (ApiProductName) other;
    return o.organization.equals(organization) && o.apiProduct.equals(apiProduct);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, apiProduct);
  }
}
