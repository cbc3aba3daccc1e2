package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.List;
import java.util.Map;

/**
 * Where the emulator runs which policies: only MessageLogging in a PostClientFlow (as on Apigee X),
 * only a CountOnly LLMTokenQuota, SanitizeModelResponse or MessageLogging in an EventFlow (run on
 * the event of a streamed answer that carries {@code usage}), and route rules only to target
 * endpoints the bundle has.
 */
final class Placements {

  private Placements() {}

  static void check(
      List<EndpointPlan> endpoints,
      Map<String, TargetPlan> targets,
      Map<String, PolicyDef> policies,
      Problems problems) {
    for (EndpointPlan ep : endpoints) {
      Problems p = problems.in("proxy endpoint '" + ep.name() + "'");
      for (StepPlan s : ep.postClientFlow()) {
        if (policies.containsKey(s.policy())
            && !(policies.get(s.policy()) instanceof MessageLoggingDef)) {
          p.add(
              "PostClientFlow step '"
                  + s.policy()
                  + "' is not a MessageLogging policy, the only type Apigee X runs there");
        }
      }
      for (RoutePlan r : ep.routes()) {
        if (r.target() != null && !targets.containsKey(r.target())) {
          p.add("RouteRule '" + r.name() + "' names a missing TargetEndpoint '" + r.target() + "'");
        }
      }
    }
    for (TargetPlan t : targets.values()) {
      Problems p = problems.in("target endpoint '" + t.name() + "'");
      for (StepPlan s : t.eventFlow()) {
        PolicyDef def = policies.get(s.policy());
        boolean runs =
            def == null
                || def instanceof MessageLoggingDef
                || (def instanceof SanitizeDef && ((SanitizeDef) def).response())
                || (def instanceof LlmTokenQuotaDef
                    && ((LlmTokenQuotaDef) def).quota().countOnly());
        if (!runs) {
          p.add(
              "EventFlow step '"
                  + s.policy()
                  + "': the emulator runs only a CountOnly LLMTokenQuota, SanitizeModelResponse and"
                  + " MessageLogging in an EventFlow");
        }
      }
    }
  }
}
