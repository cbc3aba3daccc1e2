package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Status conditions as controllers write them: a condition keeps its {@code lastTransitionTime}
 * while its status stays the same, so rewriting an unchanged status is a no-op.
 */
final class Conditions {

  private Conditions() {}

  /**
   * Returns a Gateway API style condition ({@code metav1.Condition}).
   *
   * @param previous the conditions array written before, or a missing node
   * @param type the condition type
   * @param status true for {@code "True"}
   * @param reason the reason
   * @param message the message
   * @param generation the generation observed
   * @param now the time of a transition
   */
  static ObjectNode of(
      JsonNode previous,
      String type,
      boolean status,
      String reason,
      String message,
      long generation,
      String now) {
    String value = status ? "True" : "False";
    ObjectNode c = Json.mapper().createObjectNode();
    c.put("type", type).put("status", value).put("observedGeneration", generation);
    c.put("lastTransitionTime", since(previous, type, value, now));
    return c.put("reason", reason).put("message", message);
  }

  /** Returns a Deployment condition (with {@code lastUpdateTime}). */
  static ObjectNode deployment(
      JsonNode previous, String type, String reason, String message, String now) {
    ObjectNode c = Json.mapper().createObjectNode();
    String since = since(previous, type, "True", now);
    c.put("type", type).put("status", "True");
    c.put("lastUpdateTime", since).put("lastTransitionTime", since);
    return c.put("reason", reason).put("message", message);
  }

  /** Returns a Pod condition. */
  static ObjectNode pod(JsonNode previous, String type, String now) {
    ObjectNode c = Json.mapper().createObjectNode();
    c.put("type", type).put("status", "True");
    c.putNull("lastProbeTime");
    return c.put("lastTransitionTime", since(previous, type, "True", now));
  }

  private static String since(JsonNode previous, String type, String status, String now) {
    for (JsonNode c : previous) {
      if (type.equals(c.path("type").asString(""))
          && status.equals(c.path("status").asString(""))
          && c.path("lastTransitionTime").isString()) {
        return c.path("lastTransitionTime").stringValue();
      }
    }
    return now;
  }
}
