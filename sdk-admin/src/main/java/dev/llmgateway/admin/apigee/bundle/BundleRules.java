package dev.llmgateway.admin.apigee.bundle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-reference rules of a bundle: names that are safe file names, unique names, steps and routes
 * that resolve, and only MessageLogging in the PostClientFlow ("Only the MessageLogging policy can
 * be attached to this flow", Apigee's fault-handling page).
 */
final class BundleRules {

  /**
   * The policy types an EventFlow may run; Apigee rejects others on import ("not one of JavaScript,
   * MessageLogging, PublishMessage, RaiseFault, SanitizeModelResponses, or LLMTokenQuota", as
   * reported from a real import).
   */
  static final List<String> EVENT_FLOW_TYPES =
      List.of(
          "LLMTokenQuota",
          "SanitizeModelResponse",
          "MessageLogging",
          "RaiseFault",
          "Javascript",
          "PublishMessage");

  private BundleRules() {}

  static void check(ApiProxyBundle b) {
    if (b.revision() < 1) {
      throw new IllegalArgumentException("revision must be >= 1 but was " + b.revision());
    }
    if (b.proxyEndpoints().isEmpty()) {
      throw new IllegalArgumentException("proxyEndpoints must not be empty");
    }
    Set<String> policies = new HashSet<>();
    Map<String, Policy> byName = new HashMap<>();
    for (Policy p : b.policies()) {
      // Also custom Policy implementations: the name becomes a path inside the zip.
      BundleNames.policy(p.name());
      byName.put(p.name(), p);
      if (!policies.add(p.name())) {
        throw new IllegalArgumentException("policies has two policies named '" + p.name() + "'");
      }
    }
    Set<String> targets = new HashSet<>();
    for (TargetEndpoint t : b.targetEndpoints()) {
      if (!targets.add(t.name())) {
        throw new IllegalArgumentException(
            "targetEndpoints has two endpoints named '" + t.name() + "'");
      }
      String target = "targetEndpoint '" + t.name() + "'";
      checkSteps(target, policies, t.preFlow(), t.postFlow());
      checkSteps(target, policies, t.eventFlowSteps());
      for (Step s : t.eventFlowSteps()) {
        String type = BundleXml.rootElement(byName.get(s.policy()));
        if (!EVENT_FLOW_TYPES.contains(type)) {
          throw new IllegalArgumentException(
              target
                  + " eventFlow step '"
                  + s.policy()
                  + "' is a "
                  + type
                  + " policy; Apigee accepts only "
                  + String.join(", ", EVENT_FLOW_TYPES)
                  + " in an EventFlow");
        }
      }
    }
    Set<String> proxies = new HashSet<>();
    for (ProxyEndpoint e : b.proxyEndpoints()) {
      if (!proxies.add(e.name())) {
        throw new IllegalArgumentException(
            "proxyEndpoints has two endpoints named '" + e.name() + "'");
      }
      String where = "proxyEndpoint '" + e.name() + "'";
      checkSteps(where, policies, e.preFlow(), e.postFlow());
      e.flows().forEach(f -> checkSteps(where, policies, f));
      checkSteps(where, policies, e.postClientFlowSteps());
      for (Step s : e.postClientFlowSteps()) {
        String type = BundleXml.rootElement(byName.get(s.policy()));
        if (!type.equals("MessageLogging")) {
          throw new IllegalArgumentException(
              where
                  + " postClientFlow step '"
                  + s.policy()
                  + "' is a "
                  + type
                  + " policy; Apigee runs only MessageLogging policies in the PostClientFlow");
        }
      }
      for (RouteRule r : e.routeRules()) {
        r.targetEndpoint()
            .filter(t -> !targets.contains(t))
            .ifPresent(
                t -> {
                  throw new IllegalArgumentException(
                      where
                          + " routeRule '"
                          + r.name()
                          + "' targets unknown targetEndpoint '"
                          + t
                          + "'");
                });
      }
    }
  }

  private static void checkSteps(String where, Set<String> policies, Flow... flows) {
    for (Flow f : flows) {
      checkSteps(where, policies, f.requestSteps());
      checkSteps(where, policies, f.responseSteps());
    }
  }

  private static void checkSteps(String where, Set<String> policies, List<Step> steps) {
    for (Step s : steps) {
      if (!policies.contains(s.policy())) {
        throw new IllegalArgumentException(
            where + " has a step for unknown policy '" + s.policy() + "'");
      }
    }
  }
}
