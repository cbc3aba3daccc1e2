package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders stored resources in the management API's JSON shapes (numbers such as timestamps as
 * strings, as Apigee sends them). Called under the organization's lock.
 */
final class StoreJson {

  private StoreJson() {}

  static ObjectNode developer(OrgStore org, DeveloperEntity d) {
    ObjectNode n = Json.object();
    Json.putAdditionalProperties(n, d.additionalProperties);
    n.put("email", d.email);
    n.put("firstName", d.firstName);
    n.put("lastName", d.lastName);
    n.put("userName", d.userName);
    n.put("developerId", d.developerId);
    n.put("organizationName", org.name);
    n.put("status", d.status);
    n.set("attributes", Json.attributes(d.attributes));
    n.set("apps", Json.strings(d.apps.keySet().stream().toList()));
    n.put("createdAt", Long.toString(d.createdAt));
    n.put("lastModifiedAt", Long.toString(d.lastModifiedAt));
    return n;
  }

  static ObjectNode app(AppEntity a) {
    ObjectNode n = Json.object();
    Json.putAdditionalProperties(n, a.additionalProperties);
    n.put("appId", a.appId);
    n.put("name", a.name);
    n.put("developerId", a.developer.developerId);
    n.put("status", a.status);
    n.put("appFamily", "default");
    if (a.callbackUrl != null) {
      n.put("callbackUrl", a.callbackUrl);
    }
    if (a.keyExpiresIn != null) {
      n.put("keyExpiresIn", Long.toString(a.keyExpiresIn));
    }
    n.set("attributes", Json.attributes(a.attributes));
    n.set("scopes", Json.strings(a.scopes));
    ArrayNode credentials = n.putArray("credentials");
    a.keys.forEach(k -> credentials.add(key(k)));
    n.put("createdAt", Long.toString(a.createdAt));
    n.put("lastModifiedAt", Long.toString(a.lastModifiedAt));
    return n;
  }

  static ObjectNode key(KeyEntity k) {
    ObjectNode n = Json.object();
    n.put("consumerKey", k.consumerKey);
    n.put("consumerSecret", k.consumerSecret);
    n.put("status", k.status);
    n.put("issuedAt", Long.toString(k.issuedAt));
    n.put("expiresAt", Long.toString(k.expiresAt));
    ArrayNode products = n.putArray("apiProducts");
    k.products.forEach((p, s) -> products.addObject().put("apiproduct", p).put("status", s));
    n.set("attributes", Json.attributes(k.attributes));
    n.set("scopes", Json.strings(k.scopes));
    return n;
  }

  static ObjectNode product(ApiProduct p) {
    ObjectNode n = Json.MODEL.write(p);
    p.createdAt().ifPresent(v -> n.put("createdAt", Long.toString(v)));
    p.lastModifiedAt().ifPresent(v -> n.put("lastModifiedAt", Long.toString(v)));
    return n;
  }
}
