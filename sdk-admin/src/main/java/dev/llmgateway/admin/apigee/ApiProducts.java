package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.internal.Pages;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.names.ApiProductName;
import dev.llmgateway.client.internal.check.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * API products of the organization ({@code organizations/{org}/apiproducts}). Obtain from {@link
 * ApigeeClient#apiProducts()}. In the guide the Apigee operator creates the product from the
 * APIProduct and APIOperationSet resources; create and update here serve setups without it. This
 * class is thread-safe.
 */
public final class ApiProducts {

  private final ApigeeContext ctx;

  ApiProducts(ApigeeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the typed name of a product of this organization.
   *
   * @param apiProduct the product name
   * @return the name
   * @throws IllegalArgumentException if the name has characters Apigee does not accept
   */
  public ApiProductName name(String apiProduct) {
    return ApiProductName.of(ctx.organization(), apiProduct);
  }

  /**
   * Reads a product.
   *
   * @param apiProduct the product name
   * @return the product
   * @throws ApigeeNotFoundException if there is no such product
   */
  public ApiProduct get(String apiProduct) {
    return ctx.http()
        .call("GET", name(apiProduct))
        .read("API product", ctx.json().reader(ApiProduct.class));
  }

  /**
   * Reads a product if it exists.
   *
   * @param apiProduct the product name
   * @return the product, or empty
   */
  public Optional<ApiProduct> find(String apiProduct) {
    ApiProductName name = name(apiProduct);
    try {
      return Optional.of(
          ctx.http().call("GET", name).read("API product", ctx.json().reader(ApiProduct.class)));
    } catch (ApigeeNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Lists all products with their details ({@code GET apiproducts?expand=true}, following {@code
   * startKey} pages).
   *
   * @return the products
   */
  public List<ApiProduct> list() {
    return Pages.all(
        startKey -> {
          var call =
              ctx.http()
                  .call("GET", ctx.organization())
                  .segments("apiproducts")
                  .query("expand", "true")
                  .query("count", Integer.toString(Pages.PAGE_SIZE));
          if (startKey != null) {
            call.query("startKey", startKey);
          }
          return call.send();
        },
        "apiProduct",
        ctx.json().reader(ApiProduct.class),
        ApiProduct::name);
  }

  /**
   * Creates a product ({@code POST organizations/{org}/apiproducts}).
   *
   * @param product the product
   * @return the product as stored
   */
  public ApiProduct create(ApiProduct product) {
    Checks.notNullArgument(product, "product");
    return ctx.http()
        .call("POST", ctx.organization())
        .segments("apiproducts")
        .json(ctx.json().write(product))
        .ifUnsure(
            "check with apiProducts().find(\""
                + product.name()
                + "\"), or use apiProducts().ensure(..), which reads it back")
        .read("API product", ctx.json().reader(ApiProduct.class));
  }

  /**
   * Replaces a product ({@code PUT organizations/{org}/apiproducts/{name}}).
   *
   * @param product the product; its name identifies it
   * @return the product as stored
   */
  public ApiProduct update(ApiProduct product) {
    Checks.notNullArgument(product, "product");
    return ctx.http()
        .call("PUT", name(product.name()))
        .json(ctx.json().write(product))
        .read("API product", ctx.json().reader(ApiProduct.class));
  }

  /**
   * Deletes a product.
   *
   * @param apiProduct the product name
   * @return true if it was deleted, false if it did not exist
   */
  public boolean delete(String apiProduct) {
    ApiProductName name = name(apiProduct);
    try {
      ctx.http().call("DELETE", name).send();
      return true;
    } catch (ApigeeNotFoundException e) {
      return false;
    }
  }

  /**
   * Creates the product if absent, replaces it if a field this SDK models differs (properties it
   * does not model are kept), and writes nothing if it is equal. A create answered with 409, a
   * server error or a connection failure is settled by reading the product back (never by posting
   * again).
   *
   * @param product the desired product
   * @return the product as it now is, and what was done
   */
  public Ensured<ApiProduct> ensure(ApiProduct product) {
    Checks.notNullArgument(product, "product");
    Optional<ApiProduct> existing = find(product.name());
    if (existing.isEmpty()) {
      Creation<ApiProduct> c =
          Creation.createOrReadBack(() -> create(product), () -> find(product.name()));
      if (c.created()) {
        return Ensured.of(c.value(), Ensured.Action.CREATED);
      }
      existing = Optional.of(c.value());
    }
    ApiProduct current = existing.get();
    if (same(current, product)) {
      return Ensured.of(current, Ensured.Action.UNCHANGED);
    }
    ApiProduct merged =
        product.additionalProperties().isEmpty()
            ? product.toBuilder().additionalProperties(current.additionalProperties()).build()
            : product;
    return Ensured.of(update(merged), Ensured.Action.UPDATED);
  }

  private static boolean same(ApiProduct a, ApiProduct b) {
    return a.displayName().orElse(a.name()).equals(b.displayName().orElse(b.name()))
        && a.description().equals(b.description())
        && a.approvalType().equals(b.approvalType())
        && new HashSet<>(a.environments()).equals(new HashSet<>(b.environments()))
        && new HashSet<>(a.proxies()).equals(new HashSet<>(b.proxies()))
        && new HashSet<>(a.apiResources()).equals(new HashSet<>(b.apiResources()))
        && new HashSet<>(a.scopes()).equals(new HashSet<>(b.scopes()))
        && new HashSet<>(a.attributes()).equals(new HashSet<>(b.attributes()))
        && a.quota().equals(b.quota())
        && a.operationGroup().equals(b.operationGroup())
        && a.llmQuota().equals(b.llmQuota())
        && a.llmOperationGroup().equals(b.llmOperationGroup())
        && (b.quotaCounterScope().isEmpty() || a.quotaCounterScope().equals(b.quotaCounterScope()));
  }
}
