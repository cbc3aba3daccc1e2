package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.model.Credential;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consumer keys of apps ({@code .../apps/{app}/keys/{key}}) and their API products. Keys are
 * compared in constant time and never appear in messages. Methods return the response JSON.
 */
public final class KeyService {

  private final OrgStore org;

  KeyService(OrgStore org) {
    this.org = org;
  }

  /**
   * Creates a custom key and secret without API products; it starts approved.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param body {@code consumerKey}, {@code consumerSecret} and optional {@code expiresInSeconds}
   * @return the key
   */
  public ObjectNode create(String developer, String app, JsonNode body) {
    String key = secret(body, "consumerKey");
    String secret = secret(body, "consumerSecret");
    long expiresIn = expiresInSeconds(body);
    return org.write(
        () -> {
          AppEntity a = org.app(developer, app);
          if (org.keyExists(key)) {
            throw ApiError.alreadyExists("the consumer key already exists");
          }
          long now = org.now();
          KeyEntity k =
              new KeyEntity(key, secret, now, expiresIn > 0 ? now + expiresIn * 1000 : -1);
          a.keys.add(k);
          a.lastModifiedAt = now;
          return StoreJson.key(k);
        });
  }

  /**
   * Reads a key.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @return the key
   */
  public ObjectNode get(String developer, String app, String key) {
    return org.read(() -> StoreJson.key(org.key(org.app(developer, app), key)));
  }

  /**
   * Adds the request's {@code apiProducts} to a key and replaces its attributes (and adds scopes).
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @param body the request body
   * @return the key
   */
  public ObjectNode update(String developer, String app, String key, JsonNode body) {
    Credential c = Json.read(() -> Json.MODEL.read(withKey(body), Credential.class));
    var products = Json.stringList(body, "apiProducts");
    return org.write(
        () -> {
          KeyEntity k = org.key(org.app(developer, app), key);
          for (String p : products) {
            String status = AppService.initialStatus(org, p, "apiProducts");
            k.products.putIfAbsent(p, status);
          }
          k.attributes = new ArrayList<>(c.attributes());
          c.scopes().stream().filter(s -> !k.scopes.contains(s)).forEach(k.scopes::add);
          return StoreJson.key(k);
        });
  }

  /**
   * Replaces a key's attributes and scopes.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @param body the request body
   * @return the key
   */
  public ObjectNode replace(String developer, String app, String key, JsonNode body) {
    Credential c = Json.read(() -> Json.MODEL.read(withKey(body), Credential.class));
    return org.write(
        () -> {
          KeyEntity k = org.key(org.app(developer, app), key);
          k.attributes = new ArrayList<>(c.attributes());
          k.scopes = new ArrayList<>(c.scopes());
          return StoreJson.key(k);
        });
  }

  /**
   * Approves or revokes a key.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @param action {@code approve} or {@code revoke}
   */
  public void setStatus(String developer, String app, String key, @Nullable String action) {
    String status = status(action);
    org.write(
        () -> {
          org.key(org.app(developer, app), key).status = status;
          return status;
        });
  }

  /**
   * Deletes a key.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @return the deleted key
   */
  public ObjectNode delete(String developer, String app, String key) {
    return org.write(
        () -> {
          AppEntity a = org.app(developer, app);
          KeyEntity k = org.key(a, key);
          a.keys.remove(k);
          return StoreJson.key(k);
        });
  }

  /**
   * Approves or revokes a key for one of its API products.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @param product the API product
   * @param action {@code approve} or {@code revoke}
   */
  public void setProductStatus(
      String developer, String app, String key, String product, @Nullable String action) {
    String status = status(action);
    org.write(
        () -> {
          KeyEntity k = org.key(org.app(developer, app), key);
          if (!k.products.containsKey(product)) {
            throw ApiError.notFound("the key has no API product '" + product + "'");
          }
          k.products.put(product, status);
          return status;
        });
  }

  /**
   * Removes an API product from a key.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param key the consumer key
   * @param product the API product
   * @return the key
   */
  public ObjectNode removeProduct(String developer, String app, String key, String product) {
    return org.write(
        () -> {
          KeyEntity k = org.key(org.app(developer, app), key);
          if (k.products.remove(product) == null) {
            throw ApiError.notFound("the key has no API product '" + product + "'");
          }
          return StoreJson.key(k);
        });
  }

  static String status(@Nullable String action) {
    if ("approve".equals(action)) {
      return "approved";
    }
    if ("revoke".equals(action)) {
      return "revoked";
    }
    throw ApiError.invalidField("action", "action must be approve or revoke");
  }

  private static String secret(JsonNode body, String field) {
    String value = Json.required(body, field);
    try {
      NameRules.key(value, field);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidField(field, e.getMessage());
    }
    if (value.length() > 2048) {
      throw ApiError.invalidField(field, field + " must not exceed 2 KB");
    }
    return value;
  }

  private static long expiresInSeconds(JsonNode body) {
    JsonNode v = body.get("expiresInSeconds");
    if (v == null || v.isNull()) {
      return -1;
    }
    try {
      return Long.parseLong(v.asString().strip());
    } catch (NumberFormatException e) {
      throw ApiError.invalidField("expiresInSeconds", "expiresInSeconds must be a whole number");
    }
  }

  /** The codec needs a consumer key to read a credential; the path names the real one. */
  private static JsonNode withKey(JsonNode body) {
    if (!body.isObject()) {
      throw ApiError.invalid("the request body must be a JSON object");
    }
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.put("consumerKey", "from-the-path");
    copy.remove("apiProducts");
    return copy;
  }
}
