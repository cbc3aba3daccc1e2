package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Developer apps ({@code .../developers/{email}/apps}). Creating an app generates its first key,
 * subscribed to the {@code apiProducts} named in the request: approved for products with approval
 * type {@code auto}, pending for {@code manual}. Methods return the response JSON.
 */
public final class AppService {

  private final OrgStore org;

  AppService(OrgStore org) {
    this.org = org;
  }

  /**
   * Creates an app with a generated key.
   *
   * @param developer the developer's email or id
   * @param body the request body; {@code name} is required
   * @return the app with its credentials
   */
  public ObjectNode create(String developer, JsonNode body) {
    DeveloperApp a = Json.read(() -> Json.MODEL.read(body, DeveloperApp.class));
    String name = name(Json.required(body, "name"));
    return org.write(
        () -> {
          DeveloperEntity d = org.developer(developer);
          if (d.apps.containsKey(name)) {
            throw ApiError.alreadyExists("app '" + name + "' already exists for " + d.email);
          }
          AppEntity e = new AppEntity(Ids.uuid(), name, d, org.now());
          apply(e, a);
          e.keyExpiresIn = a.keyExpiresIn().orElse(null);
          e.keys.add(newKey(e, a.apiProducts()));
          d.apps.put(name, e);
          return StoreJson.app(e);
        });
  }

  /**
   * Reads an app.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @return the app
   */
  public ObjectNode get(String developer, String app) {
    return org.read(() -> StoreJson.app(org.app(developer, app)));
  }

  /**
   * Lists a developer's apps: ids only, or whole apps with {@code expand}.
   *
   * @param developer the developer's email or id
   * @param expand whether to return whole apps
   * @param startKey the app name to start at, or null
   * @param count the page size, or null
   * @return {@code {"app":[...]}}
   */
  public ObjectNode list(
      String developer, boolean expand, @Nullable String startKey, @Nullable String count) {
    return org.read(
        () -> {
          ObjectNode n = Json.object();
          ArrayNode list = n.putArray("app");
          List<AppEntity> apps = new ArrayList<>(org.developer(developer).apps.values());
          apps.sort((x, y) -> x.name.compareTo(y.name));
          for (AppEntity a : Pages.page(apps, e -> e.name, startKey, count)) {
            list.add(expand ? StoreJson.app(a) : Json.object().put("appId", a.appId));
          }
          return n;
        });
  }

  /**
   * Replaces an app's attributes, callback URL, scopes and other fields; products and keys are
   * changed through the keys API, the name cannot change.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param body the request body
   * @return the app
   */
  public ObjectNode update(String developer, String app, JsonNode body) {
    DeveloperApp a = Json.read(() -> Json.MODEL.read(body, DeveloperApp.class));
    return org.write(
        () -> {
          AppEntity e = org.app(developer, app);
          String name = Json.optional(body, "name");
          if (name != null && !name.equals(e.name)) {
            throw ApiError.invalidField("name", "an app cannot be renamed");
          }
          apply(e, a);
          e.lastModifiedAt = org.now();
          return StoreJson.app(e);
        });
  }

  /**
   * Deletes an app and its keys.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @return the deleted app
   */
  public ObjectNode delete(String developer, String app) {
    return org.write(
        () -> {
          AppEntity e = org.app(developer, app);
          e.developer.apps.remove(e.name);
          return StoreJson.app(e);
        });
  }

  /**
   * Approves or revokes an app.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param action {@code approve} or {@code revoke}
   */
  public void setStatus(String developer, String app, @Nullable String action) {
    String status = KeyService.status(action);
    org.write(
        () -> {
          AppEntity e = org.app(developer, app);
          e.status = status;
          e.lastModifiedAt = org.now();
          return e;
        });
  }

  /**
   * Generates another key for an app, subscribed to the request's {@code apiProducts}.
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @param body the request body
   * @return the app with all its keys
   */
  public ObjectNode generateKey(String developer, String app, JsonNode body) {
    DeveloperApp a = Json.read(() -> Json.MODEL.read(body, DeveloperApp.class));
    return org.write(
        () -> {
          AppEntity e = org.app(developer, app);
          e.keys.add(newKey(e, a.apiProducts()));
          e.lastModifiedAt = org.now();
          return StoreJson.app(e);
        });
  }

  /**
   * Returns the first approved key of an app (for the emulator's own setup, never logged).
   *
   * @param developer the developer's email or id
   * @param app the app name
   * @return the consumer key
   */
  public String firstApprovedKey(String developer, String app) {
    return org.read(
        () ->
            org.app(developer, app).keys.stream()
                .filter(k -> k.status.equals("approved"))
                .findFirst()
                .orElseThrow(() -> ApiError.failedPrecondition("the app has no approved key"))
                .consumerKey);
  }

  private KeyEntity newKey(AppEntity app, List<String> products) {
    long now = org.now();
    long expires = app.keyExpiresIn != null && app.keyExpiresIn > 0 ? now + app.keyExpiresIn : -1;
    KeyEntity k = new KeyEntity(Ids.random(48), Ids.random(64), now, expires);
    for (String p : products) {
      k.products.put(p, initialStatus(org, p, "apiProducts"));
    }
    return k;
  }

  static String initialStatus(OrgStore org, String product, String field) {
    ApiProduct p = org.products.get(product);
    if (p == null) {
      throw ApiError.invalidField(field, "API product '" + product + "' does not exist");
    }
    return "manual".equals(p.approvalType()) ? "pending" : "approved";
  }

  private static void apply(AppEntity e, DeveloperApp a) {
    e.attributes = new ArrayList<>(a.attributes());
    e.callbackUrl = a.callbackUrl().orElse(null);
    e.scopes = new ArrayList<>(a.scopes());
    e.additionalProperties = new LinkedHashMap<>(a.additionalProperties());
  }

  private static String name(String name) {
    try {
      return NameRules.app(name);
    } catch (IllegalArgumentException ex) {
      throw ApiError.invalidField("name", ex.getMessage().replaceFirst("^app", "name"));
    }
  }
}
