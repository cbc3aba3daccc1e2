package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GKE's Gateway controller on HTTPRoutes: one {@code status.parents[]} entry per parentRef to an
 * existing Gateway (the parentRef echoed, {@code controllerName networking.gke.io/gateway}), with
 * {@code Accepted} (False, NotAllowedByListeners, when no listener admits the route's namespace)
 * and {@code ResolvedRefs} (False, BackendNotFound, while a backend InferencePool or Service does
 * not exist). Entries other controllers wrote are kept; parentRefs to absent Gateways get none.
 */
final class RouteStatus implements StatusController {

  private final Store store;

  RouteStatus(Store store) {
    this.store = store;
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
    return "httproutes";
  }

  @Override
  public String manager() {
    return Attachment.MANAGER;
  }

  @Override
  public JsonNode desired(ObjectNode route, String now) {
    String ns = route.path("metadata").path("namespace").asString("");
    long generation = route.path("metadata").path("generation").asLong(1);
    JsonNode previous = route.path("status").path("parents");
    ObjectNode status = Json.mapper().createObjectNode();
    ArrayNode parents = status.putArray("parents");
    for (JsonNode p : previous) {
      if (!Attachment.CONTROLLER.equals(p.path("controllerName").asString(""))) {
        parents.add(p.deepCopy());
      }
    }
    Attachment.Resolution refs = backends(route, ns);
    for (JsonNode ref : route.path("spec").path("parentRefs")) {
      Optional<ObjectNode> gateway = Attachment.gateway(store, ref, ns);
      if (gateway.isEmpty()) {
        continue;
      }
      String section = ref.path("sectionName").asString("");
      boolean admitted = Attachment.admits(gateway.get(), ns, section.isEmpty() ? null : section);
      JsonNode was = previousEntry(previous, ref).path("conditions");
      ObjectNode entry = parents.addObject();
      entry.set("parentRef", ref.deepCopy());
      entry.put("controllerName", Attachment.CONTROLLER);
      ArrayNode conditions = entry.putArray("conditions");
      conditions.add(
          Conditions.of(
              was,
              "Accepted",
              admitted,
              admitted ? "Accepted" : "NotAllowedByListeners",
              admitted ? "" : "no listener of the Gateway admits routes from namespace " + ns,
              generation,
              now));
      conditions.add(
          Conditions.of(
              was,
              "ResolvedRefs",
              refs.resolved(),
              refs.reason(),
              refs.message(),
              generation,
              now));
    }
    return status;
  }

  private Attachment.Resolution backends(ObjectNode route, String ns) {
    for (JsonNode rule : route.path("spec").path("rules")) {
      for (JsonNode ref : rule.path("backendRefs")) {
        Attachment.Resolution r = Attachment.backend(store, ref, ns, "", "Service");
        if (!r.resolved()) {
          return r;
        }
      }
    }
    return Attachment.Resolution.OK;
  }

  private static JsonNode previousEntry(JsonNode previous, JsonNode ref) {
    for (JsonNode p : previous) {
      if (Attachment.CONTROLLER.equals(p.path("controllerName").asString(""))
          && ref.equals(p.path("parentRef"))) {
        return p;
      }
    }
    return Json.mapper().missingNode();
  }
}
