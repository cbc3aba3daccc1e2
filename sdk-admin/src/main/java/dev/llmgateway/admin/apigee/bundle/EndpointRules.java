package dev.llmgateway.admin.apigee.bundle;

import java.util.List;

/**
 * Rules of an endpoint's flows and route rules that Apigee would otherwise apply silently: it
 * ignores a condition on PreFlow and PostFlow, runs only the first conditional flow that matches
 * and evaluates route rules in order, so an unconditional flow or rule before others makes them
 * dead (apigeelint FL001, PD002, PD003).
 */
final class EndpointRules {

  private EndpointRules() {}

  static void prePostFlows(String where, Flow preFlow, Flow postFlow) {
    noCondition(where, "preFlow", preFlow);
    noCondition(where, "postFlow", postFlow);
  }

  static void flows(String where, List<Flow> flows) {
    for (int i = 0; i < flows.size() - 1; i++) {
      if (flows.get(i).condition().isEmpty()) {
        throw new IllegalArgumentException(
            where
                + " flow '"
                + flows.get(i).name()
                + "' has no condition but is not the last flow; Apigee never runs the flows"
                + " after it (apigeelint FL001)");
      }
    }
  }

  static void routeRules(String where, List<RouteRule> rules) {
    for (int i = 0; i < rules.size() - 1; i++) {
      if (rules.get(i).condition().isEmpty()) {
        throw new IllegalArgumentException(
            where
                + " routeRule '"
                + rules.get(i).name()
                + "' has no condition but is not the last route rule; Apigee never evaluates the"
                + " rules after it (apigeelint PD003)");
      }
    }
  }

  private static void noCondition(String where, String field, Flow flow) {
    if (flow.condition().isPresent()) {
      throw new IllegalArgumentException(
          where
              + " "
              + field
              + " must not have a condition (Apigee ignores conditions on PreFlow and PostFlow);"
              + " use a conditional flow or step conditions");
    }
  }
}
