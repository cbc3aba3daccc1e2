package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.EndpointPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.FlowPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.PolicyDef;
import dev.llmgateway.emulator.internal.apigee.bundle.StepPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs the flows of a deployed proxy's endpoint: PreFlow, the first conditional flow whose
 * condition holds (chosen on the request), then PostFlow, for the request steps and later for the
 * response steps. A step runs when its policy is enabled and its condition holds; a fault stops the
 * flow unless the policy has {@code continueOnError}, which sets {@code <type>.<name>.failed}.
 */
final class BundleExecutor {

  private final PolicyRunner runner;

  BundleExecutor(PolicyRunner runner) {
    this.runner = runner;
  }

  /** Chooses the conditional flow for a request, or null when none applies. */
  static @Nullable FlowPlan chooseFlow(EndpointPlan endpoint, FlowState probe) {
    for (FlowPlan f : endpoint.flows()) {
      if (f.condition().test(probe)) {
        return f;
      }
    }
    return null;
  }

  @Nullable Fault request(FlowState s) {
    return run(steps(s, FlowPlan::request), s);
  }

  @Nullable Fault response(FlowState s) {
    return run(steps(s, FlowPlan::response), s);
  }

  private static List<StepPlan> steps(FlowState s, Function<FlowPlan, List<StepPlan>> side) {
    List<StepPlan> all = new ArrayList<>(side.apply(s.endpoint.preFlow()));
    if (s.flow != null) {
      all.addAll(side.apply(s.flow));
    }
    all.addAll(side.apply(s.endpoint.postFlow()));
    return all;
  }

  private @Nullable Fault run(List<StepPlan> steps, FlowState s) {
    for (StepPlan step : steps) {
      PolicyDef def = s.plan.policies().get(step.policy());
      if (def == null || !def.common().enabled() || !step.condition().test(s)) {
        continue;
      }
      Fault f = runner.run(def, s);
      if (f != null) {
        if (!def.common().continueOnError()) {
          return f;
        }
        s.vars().put(PolicyRunner.prefix(def) + "." + def.common().name() + ".failed", "true");
      }
    }
    return null;
  }
}
