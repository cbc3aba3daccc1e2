package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Deployment controller: every Deployment is rolled out and available at once, with all its
 * replicas ready ({@code Available=True} reason MinimumReplicasAvailable, {@code Progressing=True}
 * reason NewReplicaSetAvailable). No Pods are made for it.
 */
final class DeploymentStatus implements StatusController {

  @Override
  public String group() {
    return "apps";
  }

  @Override
  public String version() {
    return "v1";
  }

  @Override
  public String plural() {
    return "deployments";
  }

  @Override
  public String manager() {
    return "kube-controller-manager";
  }

  @Override
  public JsonNode desired(ObjectNode deployment, String now) {
    JsonNode meta = deployment.path("metadata");
    int replicas = deployment.path("spec").path("replicas").asInt(1);
    JsonNode before = deployment.path("status").path("conditions");
    ObjectNode status = Json.mapper().createObjectNode();
    status.put("observedGeneration", meta.path("generation").asLong(1));
    if (replicas > 0) {
      status
          .put("replicas", replicas)
          .put("updatedReplicas", replicas)
          .put("readyReplicas", replicas)
          .put("availableReplicas", replicas);
    }
    ArrayNode conditions = status.putArray("conditions");
    conditions.add(
        Conditions.deployment(
            before,
            "Available",
            "MinimumReplicasAvailable",
            "Deployment has minimum availability.",
            now));
    conditions.add(
        Conditions.deployment(
            before,
            "Progressing",
            "NewReplicaSetAvailable",
            "ReplicaSet \""
                + meta.path("name").asString("")
                + "-"
                + Integer.toHexString(meta.path("uid").asString("").hashCode() & 0xfffff)
                + "\" has successfully progressed.",
            now));
    return status;
  }
}
