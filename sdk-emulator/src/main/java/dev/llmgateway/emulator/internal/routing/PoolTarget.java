package dev.llmgateway.emulator.internal.routing;

import dev.llmgateway.emulator.internal.serving.EndpointState;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An InferencePool as the front door routes to it: its endpoints (the model servers its selector
 * matches in its namespace), the priorities of the InferenceObjectives that reference it, and its
 * Endpoint Picker.
 *
 * @param namespace the pool's namespace
 * @param name the pool's name
 * @param endpoints the selected endpoints
 * @param objectives priority by InferenceObjective name (unset priority counts as 0)
 * @param picker the pool's Endpoint Picker
 */
public record PoolTarget(
    String namespace,
    String name,
    List<EndpointState> endpoints,
    Map<String, Integer> objectives,
    EndpointPicker picker) {

  /** Copies the collections. */
  public PoolTarget {
    endpoints = List.copyOf(endpoints);
    objectives = Map.copyOf(objectives);
  }

  /**
   * Returns a request's priority: its InferenceObjective's, or 0 when it names none or one that
   * does not exist, as the Endpoint Picker does.
   *
   * @param objective the {@code x-gateway-inference-objective} header, or null
   * @return the priority
   */
  public int priority(@Nullable String objective) {
    return objective == null ? 0 : objectives.getOrDefault(objective, 0);
  }

  /**
   * Tells whether any endpoint of the pool serves a model.
   *
   * @param model the model
   * @return true when one does
   */
  public boolean serves(String model) {
    for (EndpointState e : endpoints) {
      if (e.serves(model)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Picks an endpoint.
   *
   * @param objective the {@code x-gateway-inference-objective} header, or null
   * @param targetModel the target model, or null
   * @param prompt the prompt text
   * @return the pick
   */
  public EndpointPicker.Pick pick(
      @Nullable String objective, @Nullable String targetModel, String prompt) {
    return picker.pick(endpoints, priority(objective), targetModel, prompt);
  }
}
