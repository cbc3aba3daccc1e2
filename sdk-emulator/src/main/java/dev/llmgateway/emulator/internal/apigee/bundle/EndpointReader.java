package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.Condition;
import dev.llmgateway.emulator.internal.apigee.condition.ConditionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads a ProxyEndpoint or TargetEndpoint file. Steps naming a policy the bundle lacks are import
 * violations (Apigee rejects such bundles on import); FaultRules, routes to a URL, target
 * connections other than a URL and conditions the emulator cannot evaluate are deployment problems.
 */
final class EndpointReader {

  private static final Set<String> CHILDREN =
      Set.of(
          "Description",
          "FaultRules",
          "DefaultFaultRule",
          "Flows",
          "PostClientFlow",
          "PostFlow",
          "PreFlow",
          "HTTPProxyConnection",
          "RouteRule");

  private static final Set<String> TARGET_CHILDREN =
      Set.of(
          "Description",
          "FaultRules",
          "Flows",
          "PostFlow",
          "PreFlow",
          "EventFlow",
          "HTTPTargetConnection");

  private final String file;
  private final Set<String> policies;
  private final List<BundleViolation> violations;
  private final Problems problems;

  EndpointReader(
      String file, Set<String> policies, List<BundleViolation> violations, Problems problems) {
    this.file = file;
    this.policies = policies;
    this.violations = violations;
    this.problems = problems;
  }

  @Nullable EndpointPlan read(Element root) {
    if (!root.getTagName().equals("ProxyEndpoint")) {
      violations.add(new BundleViolation(file, "the root element must be <ProxyEndpoint>"));
      return null;
    }
    String name = SecureXml.attr(root, "name");
    name = name != null ? name : file.replaceAll(".*/|\\.xml$", "");
    Problems p = problems.in("proxy endpoint '" + name + "'");
    p.onlyChildren(root, CHILDREN);
    Element faultRules = SecureXml.child(root, "FaultRules");
    if (faultRules != null && !SecureXml.children(faultRules).isEmpty()) {
      p.add("<FaultRules> are not supported by the emulator");
    }
    if (SecureXml.child(root, "DefaultFaultRule") != null) {
      p.add("<DefaultFaultRule> is not supported by the emulator");
    }
    Element postClient = SecureXml.child(root, "PostClientFlow");
    List<StepPlan> postClientFlow =
        postClient == null ? List.of() : steps(postClient, "Response", p);
    List<RoutePlan> routes = new ArrayList<>();
    for (Element rule : SecureXml.all(root, "RouteRule")) {
      if (SecureXml.child(rule, "URL") != null) {
        p.add(
            "RouteRule '"
                + SecureXml.attr(rule, "name")
                + "' routes to a URL, which the emulator does not call (requests go on to the"
                + " Gateway's backend); route to a TargetEndpoint");
      }
      routes.add(
          new RoutePlan(
              String.valueOf(SecureXml.attr(rule, "name")),
              condition(SecureXml.childText(rule, "Condition"), p),
              SecureXml.childText(rule, "TargetEndpoint")));
    }
    String basePath = null;
    Element connection = SecureXml.child(root, "HTTPProxyConnection");
    if (connection != null) {
      basePath = SecureXml.childText(connection, "BasePath");
    }
    List<FlowPlan> flows = new ArrayList<>();
    Element flowsElement = SecureXml.child(root, "Flows");
    if (flowsElement != null) {
      for (Element f : SecureXml.all(flowsElement, "Flow")) {
        flows.add(flow(f, SecureXml.attr(f, "name"), p));
      }
    }
    return new EndpointPlan(
        name,
        basePath == null ? "/" : basePath,
        flow(SecureXml.child(root, "PreFlow"), "PreFlow", p),
        List.copyOf(flows),
        flow(SecureXml.child(root, "PostFlow"), "PostFlow", p),
        List.copyOf(postClientFlow),
        List.copyOf(routes));
  }

  /** Reads a TargetEndpoint file; what the emulator cannot run in it is a deployment problem. */
  @Nullable TargetPlan readTarget(Element root) {
    if (!root.getTagName().equals("TargetEndpoint")) {
      violations.add(new BundleViolation(file, "the root element must be <TargetEndpoint>"));
      return null;
    }
    String name = SecureXml.attr(root, "name");
    name = name != null ? name : file.replaceAll(".*/|\\.xml$", "");
    Problems p = problems.in("target endpoint '" + name + "'");
    p.onlyChildren(root, TARGET_CHILDREN);
    for (String empty : List.of("FaultRules", "Flows")) {
      Element e = SecureXml.child(root, empty);
      if (e != null && !SecureXml.children(e).isEmpty()) {
        p.add("<" + empty + "> in a TargetEndpoint are not supported by the emulator");
      }
    }
    String url = null;
    Element connection = SecureXml.child(root, "HTTPTargetConnection");
    if (connection == null) {
      p.add("the emulator needs an <HTTPTargetConnection> with a <URL>");
    } else {
      p.onlyChildren(connection, Set.of("Properties", "URL"));
      url = SecureXml.childText(connection, "URL");
    }
    Element events = SecureXml.child(root, "EventFlow");
    List<StepPlan> eventFlow = events == null ? List.of() : steps(events, "Response", p);
    return new TargetPlan(
        name,
        url == null ? "" : url,
        flow(SecureXml.child(root, "PreFlow"), "PreFlow", p),
        flow(SecureXml.child(root, "PostFlow"), "PostFlow", p),
        List.copyOf(eventFlow));
  }

  private FlowPlan flow(@Nullable Element f, @Nullable String name, Problems p) {
    String flowName = name == null ? "unnamed" : name;
    if (f == null) {
      return FlowPlan.empty(flowName);
    }
    Condition condition = condition(SecureXml.childText(f, "Condition"), p);
    return new FlowPlan(flowName, condition, steps(f, "Request", p), steps(f, "Response", p));
  }

  private List<StepPlan> steps(Element flow, String side, Problems p) {
    Element list = SecureXml.child(flow, side);
    List<StepPlan> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (Element step : SecureXml.all(list, "Step")) {
      String policy = SecureXml.childText(step, "Name");
      if (policy == null) {
        violations.add(new BundleViolation(file, "a <Step> has no <Name>"));
        continue;
      }
      if (!policies.contains(policy)) {
        violations.add(
            new BundleViolation(
                file,
                "step '"
                    + policy
                    + "' references a policy that does not"
                    + " exist in apiproxy/policies/"));
        continue;
      }
      out.add(new StepPlan(policy, condition(SecureXml.childText(step, "Condition"), p)));
    }
    return out;
  }

  private static Condition condition(@Nullable String text, Problems p) {
    if (text == null) {
      return Condition.ALWAYS;
    }
    try {
      return Condition.parse(text);
    } catch (ConditionException e) {
      p.add(e.getMessage());
      return Condition.ALWAYS;
    }
  }
}
