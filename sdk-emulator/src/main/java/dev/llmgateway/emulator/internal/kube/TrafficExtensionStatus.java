package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GKE's Gateway controller on GCPTrafficExtensions: one {@code status.ancestors[]} entry per
 * targetRef to an existing Gateway ({@code ancestorRef} with group, kind, name and namespace;
 * {@code controllerName networking.gke.io/gateway}), with {@code Accepted=True} and {@code
 * ResolvedRefs} False (BackendNotFound) while an extension's backendRef (an ApigeeBackendService or
 * a Service) does not exist. This is what sdk-admin's readiness check reads, field for field.
 */
final class TrafficExtensionStatus implements StatusController {

  private final Store store;

  TrafficExtensionStatus(Store store) {
    this.store = store;
  }

  @Override
  public String group() {
    return "networking.gke.io";
  }

  @Override
  public String version() {
    return "v1";
  }

  @Override
  public String plural() {
    return "gcptrafficextensions";
  }

  @Override
  public String manager() {
    return Attachment.MANAGER;
  }

  @Override
  public JsonNode desired(ObjectNode extension, String now) {
    String ns = extension.path("metadata").path("namespace").asString("");
    long generation = extension.path("metadata").path("generation").asLong(1);
    JsonNode previous = extension.path("status").path("ancestors");
    ObjectNode status = Json.mapper().createObjectNode();
    ArrayNode ancestors = status.putArray("ancestors");
    for (JsonNode a : previous) {
      if (!Attachment.CONTROLLER.equals(a.path("controllerName").asString(""))) {
        ancestors.add(a.deepCopy());
      }
    }
    Attachment.Resolution refs = backends(extension, ns);
    for (JsonNode target : extension.path("spec").path("targetRefs")) {
      if (Attachment.gateway(store, target, ns).isEmpty()) {
        continue;
      }
      ObjectNode ref = Json.mapper().createObjectNode();
      ref.put("group", Attachment.text(target, "group", Attachment.GATEWAY_GROUP))
          .put("kind", Attachment.text(target, "kind", "Gateway"))
          .put("name", target.path("name").asString(""))
          .put("namespace", ns);
      JsonNode was = previousEntry(previous, ref).path("conditions");
      ObjectNode entry = ancestors.addObject();
      entry.set("ancestorRef", ref);
      entry.put("controllerName", Attachment.CONTROLLER);
      ArrayNode conditions = entry.putArray("conditions");
      conditions.add(Conditions.of(was, "Accepted", true, "Accepted", "", generation, now));
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

  private Attachment.Resolution backends(ObjectNode extension, String ns) {
    for (JsonNode chain : extension.path("spec").path("extensionChains")) {
      for (JsonNode ext : chain.path("extensions")) {
        JsonNode ref = ext.path("backendRef");
        if (ref.isObject()) {
          Attachment.Resolution r = Attachment.backend(store, ref, ns, "", "Service");
          if (!r.resolved()) {
            return r;
          }
        }
      }
    }
    return Attachment.Resolution.OK;
  }

  private static JsonNode previousEntry(JsonNode previous, JsonNode ref) {
    for (JsonNode a : previous) {
      if (Attachment.CONTROLLER.equals(a.path("controllerName").asString(""))
          && ref.equals(a.path("ancestorRef"))) {
        return a;
      }
    }
    return Json.mapper().missingNode();
  }
}
