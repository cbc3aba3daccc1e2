package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * API products ({@code organizations/{org}/apiproducts}), created through the API or synced from
 * the APIProduct and APIOperationSet resources as the APIM operator does. Request bodies are read
 * with sdk-admin's model, so its rules (names, approval type, quota fields, operation methods)
 * apply. Methods return the response JSON.
 */
public final class ProductService {

  private final OrgStore org;

  ProductService(OrgStore org) {
    this.org = org;
  }

  /**
   * Creates a product.
   *
   * @param body the request body; {@code name} is required
   * @return the product
   */
  public ObjectNode create(JsonNode body) {
    Json.required(body, "name");
    ApiProduct p = Json.read(() -> Json.MODEL.read(body, ApiProduct.class));
    return org.write(
        () -> {
          if (org.products.containsKey(p.name())) {
            throw ApiError.alreadyExists("API product '" + p.name() + "' already exists");
          }
          long now = org.now();
          ApiProduct stored = p.toBuilder().createdAt(now).lastModifiedAt(now).build();
          org.products.put(p.name(), stored);
          return StoreJson.product(stored);
        });
  }

  /**
   * Reads a product.
   *
   * @param name the product name
   * @return the product
   */
  public ObjectNode get(String name) {
    return org.read(() -> StoreJson.product(org.product(name)));
  }

  /**
   * Lists products: names only, or whole products with {@code expand}, optionally those with an
   * attribute of a given value.
   *
   * @param expand whether to return whole products
   * @param startKey the product name to start at, or null
   * @param count the page size, or null
   * @param attributeName the attribute to filter on, or null
   * @param attributeValue the attribute value to filter on, or null
   * @return {@code {"apiProduct":[...]}}
   */
  public ObjectNode list(
      boolean expand,
      @Nullable String startKey,
      @Nullable String count,
      @Nullable String attributeName,
      @Nullable String attributeValue) {
    return org.read(
        () -> {
          List<ApiProduct> all = new ArrayList<>();
          for (ApiProduct p : org.products.values()) {
            if (attributeName == null || has(p, attributeName, attributeValue)) {
              all.add(p);
            }
          }
          ObjectNode n = Json.object();
          ArrayNode a = n.putArray("apiProduct");
          for (ApiProduct p : Pages.page(all, ApiProduct::name, startKey, count)) {
            a.add(expand ? StoreJson.product(p) : Json.object().put("name", p.name()));
          }
          return n;
        });
  }

  /**
   * Replaces a product; the name cannot change.
   *
   * @param name the product name
   * @param body the request body
   * @return the product
   */
  public ObjectNode update(String name, JsonNode body) {
    ApiProduct p = Json.read(() -> Json.MODEL.read(withName(body, name), ApiProduct.class));
    return org.write(
        () -> {
          ApiProduct current = org.product(name);
          ApiProduct stored =
              p.toBuilder()
                  .createdAt(current.createdAt().orElse(org.now()))
                  .lastModifiedAt(org.now())
                  .build();
          org.products.put(name, stored);
          return StoreJson.product(stored);
        });
  }

  /**
   * Deletes a product.
   *
   * @param name the product name
   * @return the deleted product
   */
  public ObjectNode delete(String name) {
    return org.write(
        () -> {
          ApiProduct p = org.product(name);
          org.products.remove(name);
          org.operatorProducts.remove(name);
          return StoreJson.product(p);
        });
  }

  /**
   * Replaces a product's attributes.
   *
   * @param name the product name
   * @param body {@code {"attribute":[{"name","value"}]}}
   * @return the attributes as stored
   */
  public ObjectNode replaceAttributes(String name, JsonNode body) {
    List<Attribute> attributes = new ArrayList<>();
    for (JsonNode a : body.path("attribute")) {
      String n = Json.required(a, "name");
      attributes.add(Attribute.of(n, a.path("value").asString("")));
    }
    return org.write(
        () -> {
          ApiProduct p = org.product(name).toBuilder().attributes(attributes).build();
          org.products.put(name, p.toBuilder().lastModifiedAt(org.now()).build());
          ObjectNode n = Json.object();
          n.set("attribute", Json.attributes(attributes));
          return n;
        });
  }

  /**
   * Makes the operator-managed products equal to {@code desired}: creates or replaces those given
   * and deletes operator-managed products no longer given. Products created through the API are
   * left alone unless a desired product has the same name.
   *
   * @param desired the products the APIProduct resources describe, by name
   */
  public void syncFromOperator(Map<String, ApiProduct> desired) {
    org.write(
        () -> {
          for (String gone : new ArrayList<>(org.operatorProducts)) {
            if (!desired.containsKey(gone)) {
              org.products.remove(gone);
              org.operatorProducts.remove(gone);
            }
          }
          desired.forEach(
              (name, p) -> {
                ApiProduct current = org.products.get(name);
                if (current != null
                    && org.operatorProducts.contains(name)
                    && current.equals(withTimes(p, current))) {
                  return;
                }
                long now = org.now();
                long created = current == null ? now : current.createdAt().orElse(now);
                org.products.put(
                    name, p.toBuilder().createdAt(created).lastModifiedAt(now).build());
                org.operatorProducts.add(name);
              });
          return desired.size();
        });
  }

  private static ApiProduct withTimes(ApiProduct p, ApiProduct current) {
    return p.toBuilder()
        .createdAt(current.createdAt().orElse(null))
        .lastModifiedAt(current.lastModifiedAt().orElse(null))
        .build();
  }

  private static boolean has(ApiProduct p, String name, @Nullable String value) {
    for (Attribute a : p.attributes()) {
      if (a.name().equals(name) && (value == null || a.value().equals(value))) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode withName(JsonNode body, String name) {
    if (!body.isObject()) {
      throw ApiError.invalid("the request body must be a JSON object");
    }
    JsonNode given = body.get("name");
    if (given != null && !given.isNull() && !given.asString().equals(name)) {
      throw ApiError.invalidField("name", "a product cannot be renamed");
    }
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.put("name", name);
    return copy;
  }
}
