package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.Condition;
import java.util.List;

/**
 * A flow of a proxy endpoint: PreFlow, PostFlow or a conditional flow.
 *
 * @param name the flow name
 * @param condition when a conditional flow applies ({@link Condition#ALWAYS} without one)
 * @param request the request steps
 * @param response the response steps
 */
public record FlowPlan(
    String name, Condition condition, List<StepPlan> request, List<StepPlan> response) {

  /**
   * Returns an empty flow.
   *
   * @param name the flow name
   * @return the flow
   */
  public static FlowPlan empty(String name) {
    return new FlowPlan(name, Condition.ALWAYS, List.of(), List.of());
  }
}
