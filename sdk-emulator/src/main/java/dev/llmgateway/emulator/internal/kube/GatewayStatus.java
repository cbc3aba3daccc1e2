package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GKE's Gateway controller, as far as clients see it: every Gateway is {@code Accepted} and {@code
 * Programmed} at once, with the front door's host as its address ({@code IPAddress} for an IP
 * literal, else {@code Hostname}), and each listener reports the routes attached to it.
 */
final class GatewayStatus implements StatusController {

  private static final Pattern IP = Pattern.compile("^[0-9.]+$|:");

  private final Store store;
  private final String host;

  GatewayStatus(Store store, String host) {
    this.store = store;
    this.host = host;
  }

  @Override
  public String group() {
    return Attachment.GATEWAY_GROUP;
  }

  @Override
  public String version() {
    return "v1";
  }

  @Override
  public String plural() {
    return "gateways";
  }

  @Override
  public String manager() {
    return Attachment.MANAGER;
  }

  @Override
  public JsonNode desired(ObjectNode gateway, String now) {
    JsonNode previous = gateway.path("status");
    long generation = gateway.path("metadata").path("generation").asLong(1);
    ObjectNode status = Json.mapper().createObjectNode();
    status
        .putArray("addresses")
        .addObject()
        .put("type", IP.matcher(host).find() ? "IPAddress" : "Hostname")
        .put("value", host);
    ArrayNode conditions = status.putArray("conditions");
    JsonNode before = previous.path("conditions");
    conditions.add(Conditions.of(before, "Accepted", true, "Accepted", "", generation, now));
    conditions.add(Conditions.of(before, "Programmed", true, "Programmed", "", generation, now));
    ArrayNode listeners = status.putArray("listeners");
    for (JsonNode l : gateway.path("spec").path("listeners")) {
      String name = l.path("name").asString("");
      JsonNode was = findListener(previous, name).path("conditions");
      ObjectNode ls = listeners.addObject().put("name", name);
      ls.putArray("supportedKinds")
          .addObject()
          .put("group", Attachment.GATEWAY_GROUP)
          .put("kind", "HTTPRoute");
      ls.put("attachedRoutes", attachedRoutes(gateway, name));
      ArrayNode lc = ls.putArray("conditions");
      lc.add(Conditions.of(was, "Accepted", true, "Accepted", "", generation, now));
      lc.add(Conditions.of(was, "Programmed", true, "Programmed", "", generation, now));
      lc.add(Conditions.of(was, "ResolvedRefs", true, "ResolvedRefs", "", generation, now));
    }
    return status;
  }

  private static JsonNode findListener(JsonNode status, String name) {
    for (JsonNode l : status.path("listeners")) {
      if (name.equals(l.path("name").asString(""))) {
        return l;
      }
    }
    return Json.mapper().missingNode();
  }

  private int attachedRoutes(ObjectNode gateway, String listener) {
    String gatewayName = gateway.path("metadata").path("name").asString("");
    String gatewayNamespace = gateway.path("metadata").path("namespace").asString("");
    int count = 0;
    ApiResource routes =
        store.resources().resolve(Attachment.GATEWAY_GROUP, "v1", "httproutes").orElse(null);
    if (routes == null) {
      return 0;
    }
    for (ObjectNode route : store.list(routes)) {
      String ns = route.path("metadata").path("namespace").asString("");
      for (JsonNode ref : route.path("spec").path("parentRefs")) {
        String section = ref.path("sectionName").asString("");
        boolean names =
            gatewayName.equals(ref.path("name").asString(""))
                && gatewayNamespace.equals(Attachment.text(ref, "namespace", ns))
                && (section.isEmpty() || section.equals(listener));
        if (names && Attachment.admits(gateway, ns, listener)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
