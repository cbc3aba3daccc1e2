package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.model.Credential;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import dev.llmgateway.client.internal.check.Checks;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consumer keys of developer apps ({@code .../apps/{app}/keys/{key}}). Obtain from {@link
 * ApigeeClient#appKeys()}. Keys are secrets: they appear in request paths but never in messages.
 * This class is thread-safe.
 */
public final class AppKeys {

  private final ApigeeContext ctx;

  AppKeys(ApigeeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Reads a key with its API products.
   *
   * @param key the key's name
   * @return the key
   * @throws ApigeeNotFoundException if there is no such key
   */
  public Credential get(AppKeyName key) {
    Checks.notNullArgument(key, "key");
    return ctx.http().call("GET", key).read("app key", ctx.json().reader(Credential.class));
  }

  /**
   * Creates a custom key and secret for an app ({@code POST .../apps/{app}/keys}), never expiring.
   * Apigee associates no API products on creation: call {@link #addApiProducts} next.
   *
   * @param app the app's name
   * @param consumerKey the key; letters, digits, '_' and '-'
   * @param consumerSecret the secret; letters, digits, '_' and '-'
   * @return the new key
   */
  public Credential create(DeveloperAppName app, String consumerKey, String consumerSecret) {
    return create(app, consumerKey, consumerSecret, null);
  }

  /**
   * Creates a custom key and secret that expire after {@code expiresIn}.
   *
   * @param app the app's name
   * @param consumerKey the key; letters, digits, '_' and '-'
   * @param consumerSecret the secret; letters, digits, '_' and '-'
   * @param expiresIn the lifetime (whole seconds), or null for a key that never expires
   * @return the new key
   */
  public Credential create(
      DeveloperAppName app,
      String consumerKey,
      String consumerSecret,
      @Nullable Duration expiresIn) {
    Checks.notNullArgument(app, "app");
    NameRules.key(consumerKey, "consumerKey");
    NameRules.key(consumerSecret, "consumerSecret");
    ObjectNode body = ctx.http().mapper().createObjectNode();
    body.put("consumerKey", consumerKey);
    body.put("consumerSecret", consumerSecret);
    if (expiresIn != null) {
      body.put(
          "expiresInSeconds",
          Long.toString(
              Checks.positive(Checks.notNullArgument(expiresIn, "expiresIn"), "expiresIn")
                  .toSeconds()));
    }
    return ctx.http()
        .call("POST", app)
        .segments("keys")
        .json(body)
        .secret(consumerKey)
        .secret(consumerSecret)
        .ifUnsure("check with appKeys().get(..) whether the key exists before creating it again")
        .read("app key", ctx.json().reader(Credential.class));
  }

  /**
   * Adds API products to a key ({@code POST .../keys/{key}} with {@code apiProducts}); the key's
   * attributes are read first and sent back, since this call replaces them.
   *
   * @param key the key's name
   * @param apiProducts the API product names to add
   * @return the key as stored
   */
  public Credential addApiProducts(AppKeyName key, List<String> apiProducts) {
    Checks.notNullArgument(apiProducts, "apiProducts");
    Checks.notEmpty(apiProducts, "apiProducts");
    apiProducts.forEach(p -> NameRules.apiProduct(p, "apiProducts"));
    Credential current = get(key);
    ObjectNode body = ctx.http().mapper().createObjectNode();
    ArrayNode products = body.putArray("apiProducts");
    apiProducts.forEach(products::add);
    if (!current.attributes().isEmpty()) {
      body.set("attributes", ctx.json().attributes(current.attributes()));
    }
    return ctx.http()
        .call("POST", key)
        .json(body)
        .ifUnsure("check the key's API products with appKeys().get(..)")
        .read("app key", ctx.json().reader(Credential.class));
  }

  /**
   * Approves a key ({@code POST .../keys/{key}?action=approve}).
   *
   * @param key the key's name
   */
  public void approve(AppKeyName key) {
    action(key, "approve");
  }

  /**
   * Revokes a key ({@code POST .../keys/{key}?action=revoke}).
   *
   * @param key the key's name
   */
  public void revoke(AppKeyName key) {
    action(key, "revoke");
  }

  /**
   * Approves a key for one API product ({@code POST
   * .../keys/{key}/apiproducts/{p}?action=approve}).
   *
   * @param key the key's name
   * @param apiProduct the API product name
   */
  public void approveApiProduct(AppKeyName key, String apiProduct) {
    productAction(key, apiProduct, "approve");
  }

  /**
   * Revokes a key for one API product ({@code POST .../keys/{key}/apiproducts/{p}?action=revoke}).
   *
   * @param key the key's name
   * @param apiProduct the API product name
   */
  public void revokeApiProduct(AppKeyName key, String apiProduct) {
    productAction(key, apiProduct, "revoke");
  }

  /**
   * Removes an API product from a key ({@code DELETE .../keys/{key}/apiproducts/{p}}).
   *
   * @param key the key's name
   * @param apiProduct the API product name
   */
  public void removeApiProduct(AppKeyName key, String apiProduct) {
    Checks.notNullArgument(key, "key");
    NameRules.apiProduct(apiProduct);
    ctx.http().call("DELETE", key).segments("apiproducts", apiProduct).send();
  }

  /**
   * Deletes a key.
   *
   * @param key the key's name
   * @return true if it was deleted, false if it did not exist
   */
  public boolean delete(AppKeyName key) {
    Checks.notNullArgument(key, "key");
    try {
      ctx.http().call("DELETE", key).send();
      return true;
    } catch (ApigeeNotFoundException e) {
      return false;
    }
  }

  private void action(AppKeyName key, String action) {
    Checks.notNullArgument(key, "key");
    ctx.http()
        .call("POST", key)
        .query("action", action)
        .emptyBody()
        .ifUnsure("check the key's status with appKeys().get(..)")
        .send();
  }

  private void productAction(AppKeyName key, String apiProduct, String action) {
    Checks.notNullArgument(key, "key");
    NameRules.apiProduct(apiProduct);
    ctx.http()
        .call("POST", key)
        .segments("apiproducts", apiProduct)
        .query("action", action)
        .emptyBody()
        .ifUnsure("check the key's API products with appKeys().get(..)")
        .send();
  }
}
