package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.EndpointPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.FlowPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.PolicyDef;
import dev.llmgateway.emulator.internal.apigee.bundle.RoutePlan;
import dev.llmgateway.emulator.internal.apigee.bundle.StepPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.TargetPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs the flows of a deployed proxy's endpoint: PreFlow, the first conditional flow whose
 * condition holds (chosen on the request), then PostFlow, for the request steps; then, when the
 * first route rule whose condition holds names a target endpoint, that target's PreFlow and
 * PostFlow request steps. The response runs the target's response steps, then the proxy endpoint's;
 * the target's EventFlow runs on the event of a streamed answer that carries {@code usage}; the
 * PostClientFlow runs last. A step runs when its policy is enabled and its condition holds; a fault
 * stops the flow unless the policy has {@code continueOnError}, which sets {@code
 * <type>.<name>.failed}.
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
    Fault f = run(steps(s, FlowPlan::request), s);
    if (f != null) {
      return f;
    }
    s.target = chooseTarget(s);
    return s.target == null ? null : run(targetSteps(s.target, FlowPlan::request), s);
  }

  @Nullable Fault response(FlowState s) {
    List<StepPlan> all = new ArrayList<>();
    if (s.target != null) {
      all.addAll(targetSteps(s.target, FlowPlan::response));
    }
    all.addAll(steps(s, FlowPlan::response));
    return run(all, s);
  }

  /** Runs the target's EventFlow on the current event ({@link FlowState#eventContent}). */
  void event(FlowState s) {
    if (s.target != null) {
      run(s.target.eventFlow(), s);
    }
  }

  /** Runs the PostClientFlow; its faults change nothing, the response is gone. */
  void postClient(FlowState s) {
    run(s.endpoint.postClientFlow(), s);
  }

  private static @Nullable TargetPlan chooseTarget(FlowState s) {
    for (RoutePlan r : s.endpoint.routes()) {
      if (r.condition().test(s)) {
        return r.target() == null ? null : s.plan.targets().get(r.target());
      }
    }
    return null;
  }

  private static List<StepPlan> steps(FlowState s, Function<FlowPlan, List<StepPlan>> side) {
    List<StepPlan> all = new ArrayList<>(side.apply(s.endpoint.preFlow()));
    if (s.flow != null) {
      all.addAll(side.apply(s.flow));
    }
    all.addAll(side.apply(s.endpoint.postFlow()));
    return all;
  }

  private static List<StepPlan> targetSteps(TargetPlan t, Function<FlowPlan, List<StepPlan>> side) {
    List<StepPlan> all = new ArrayList<>(side.apply(t.preFlow()));
    all.addAll(side.apply(t.postFlow()));
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
