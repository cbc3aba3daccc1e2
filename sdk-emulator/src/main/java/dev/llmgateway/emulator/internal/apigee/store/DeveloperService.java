package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.Developer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Developers ({@code organizations/{org}/developers}). Emails are stored in lowercase; a developer
 * is found by email (any case) or by developer id. Methods return the response JSON.
 */
public final class DeveloperService {

  private final OrgStore org;

  DeveloperService(OrgStore org) {
    this.org = org;
  }

  /**
   * Creates a developer; email, firstName, lastName and userName are required.
   *
   * @param body the request body
   * @return the developer
   * @throws ApiError ALREADY_EXISTS if a developer has the email
   */
  public ObjectNode create(JsonNode body) {
    String email = email(Json.required(body, "email"));
    for (String field : List.of("firstName", "lastName", "userName")) {
      Json.required(body, field);
    }
    Developer d = Json.read(() -> Json.MODEL.read(body, Developer.class));
    return org.write(
        () -> {
          if (org.developers.containsKey(email)) {
            throw ApiError.alreadyExists("developer '" + email + "' already exists");
          }
          DeveloperEntity e = new DeveloperEntity(Ids.uuid(), email, org.now());
          apply(e, d);
          org.developers.put(email, e);
          return StoreJson.developer(org, e);
        });
  }

  /**
   * Reads a developer.
   *
   * @param id the email or developer id
   * @return the developer
   */
  public ObjectNode get(String id) {
    return org.read(() -> StoreJson.developer(org, org.developer(id)));
  }

  /**
   * Lists developers: emails only, or whole developers with {@code expand}.
   *
   * @param expand whether to return whole developers
   * @param startKey the email to start at, or null
   * @param count the page size, or null
   * @return {@code {"developer":[...]}}
   */
  public ObjectNode list(boolean expand, @Nullable String startKey, @Nullable String count) {
    return org.read(
        () -> {
          ObjectNode n = Json.object();
          ArrayNode a = n.putArray("developer");
          for (DeveloperEntity d :
              Pages.page(new ArrayList<>(org.developers.values()), e -> e.email, startKey, count)) {
            a.add(expand ? StoreJson.developer(org, d) : Json.object().put("email", d.email));
          }
          return n;
        });
  }

  /**
   * Replaces a developer's profile (names, attributes, other fields); the email cannot change.
   *
   * @param id the email or developer id
   * @param body the request body
   * @return the developer
   */
  public ObjectNode update(String id, JsonNode body) {
    Developer d = Json.read(() -> Json.MODEL.read(body, Developer.class));
    return org.write(
        () -> {
          DeveloperEntity e = org.developer(id);
          String email = Json.optional(body, "email");
          if (email != null && !email.toLowerCase(Locale.ROOT).equals(e.email)) {
            throw ApiError.invalidField("email", "email cannot be changed by an update");
          }
          apply(e, d);
          e.lastModifiedAt = org.now();
          return StoreJson.developer(org, e);
        });
  }

  /**
   * Deletes a developer with its apps and keys.
   *
   * @param id the email or developer id
   * @return the deleted developer
   */
  public ObjectNode delete(String id) {
    return org.write(
        () -> {
          DeveloperEntity e = org.developer(id);
          org.developers.remove(e.email);
          return StoreJson.developer(org, e);
        });
  }

  /**
   * Sets a developer's status.
   *
   * @param id the email or developer id
   * @param action {@code active} or {@code inactive}
   */
  public void setStatus(String id, @Nullable String action) {
    if (!"active".equals(action) && !"inactive".equals(action)) {
      throw ApiError.invalidField("action", "action must be active or inactive");
    }
    org.write(
        () -> {
          DeveloperEntity e = org.developer(id);
          e.status = action;
          e.lastModifiedAt = org.now();
          return e;
        });
  }

  private static void apply(DeveloperEntity e, Developer d) {
    e.firstName = d.firstName().isEmpty() ? e.firstName : d.firstName();
    e.lastName = d.lastName().isEmpty() ? e.lastName : d.lastName();
    e.userName = d.userName().isEmpty() ? e.userName : d.userName();
    e.attributes = new ArrayList<>(d.attributes());
    e.additionalProperties = new LinkedHashMap<>(d.additionalProperties());
  }

  static String email(String email) {
    String e = email.strip().toLowerCase(Locale.ROOT);
    if (!e.matches("[^@/\\s]+@[^@/\\s]+")) {
      throw ApiError.invalidField("email", "email must be an email address like jane@example.com");
    }
    return e;
  }
}
