package dev.llmgateway.emulator.internal.apigee.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads a proxy bundle zip into a {@link ParsedBundle}. What Apigee rejects on import (no {@code
 * apiproxy/} root, unsafe or oversized entries, XML that is not well-formed, policies without a
 * name, steps naming missing policies, no ProxyEndpoint) throws {@link BundleException}; what only
 * the emulator cannot execute (other policy types, unsupported elements, conditions, targets) is
 * collected as problems and refused at deployment; what it executes differently from Apigee (AI
 * policies without Google Cloud, targets it does not call) is collected as notices, logged at
 * deployment. Stateless; safe from any thread.
 */
public final class BundleParser {

  /** The policy types the emulator executes. */
  public static final List<String> SUPPORTED =
      List.of(
          "VerifyAPIKey",
          "Quota",
          "ExtractVariables",
          "SpikeArrest",
          "AssignMessage",
          "RaiseFault",
          "LLMTokenQuota",
          "PromptTokenLimit",
          "SemanticCacheLookup",
          "SemanticCachePopulate",
          "SanitizeUserPrompt",
          "SanitizeModelResponse",
          "MessageLogging");

  private static final String POLICIES = "apiproxy/policies/";
  private static final String PROXIES = "apiproxy/proxies/";
  private static final String TARGETS = "apiproxy/targets/";
  private static final String RESOURCES = "apiproxy/resources/";

  private BundleParser() {}

  /**
   * Parses a bundle.
   *
   * @param proxyName the proxy name the bundle is imported under
   * @param revision the revision number it becomes
   * @param zip the zip bytes
   * @return the parsed bundle
   * @throws BundleException with every violation if Apigee would reject it on import
   */
  public static ParsedBundle parse(String proxyName, int revision, byte[] zip)
      throws BundleException {
    Map<String, byte[]> files = BundleZip.read(zip);
    List<BundleViolation> violations = new ArrayList<>();
    Problems problems = new Problems("bundle");
    Map<String, Element> xml = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String path = f.getKey();
      if (path.endsWith(".xml") && !path.startsWith(RESOURCES)) {
        try {
          xml.put(path, SecureXml.parse(f.getValue()));
        } catch (IOException e) {
          violations.add(new BundleViolation(path, e.getMessage()));
        }
      }
    }
    Element descriptor = null;
    Map<String, PolicyDef> policies = new LinkedHashMap<>();
    TreeSet<String> names = new TreeSet<>();
    List<String> resources = new ArrayList<>();
    for (Map.Entry<String, Element> e : xml.entrySet()) {
      String path = e.getKey();
      if (path.matches("apiproxy/[^/]+\\.xml")) {
        descriptor = e.getValue();
      } else if (path.startsWith(POLICIES) && path.indexOf('/', POLICIES.length()) < 0) {
        policy(path, e.getValue(), names, policies, violations, problems);
      }
    }
    Map<String, TargetPlan> targets = new LinkedHashMap<>();
    for (Map.Entry<String, Element> e : xml.entrySet()) {
      if (e.getKey().startsWith(TARGETS)) {
        TargetPlan t =
            new EndpointReader(e.getKey(), names, violations, problems).readTarget(e.getValue());
        if (t != null) {
          targets.put(t.name(), t);
        }
      }
    }
    for (String path : files.keySet()) {
      String rest = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : "";
      if (rest.indexOf('/') > 0) {
        resources.add(rest.replaceFirst("/", "://"));
      }
    }
    List<EndpointPlan> endpoints = new ArrayList<>();
    for (Map.Entry<String, Element> e : xml.entrySet()) {
      if (e.getKey().startsWith(PROXIES)) {
        EndpointPlan ep =
            new EndpointReader(e.getKey(), names, violations, problems).read(e.getValue());
        if (ep != null) {
          endpoints.add(ep);
        }
      }
    }
    if (endpoints.isEmpty() && violations.isEmpty()) {
      violations.add(new BundleViolation(PROXIES, "the bundle has no ProxyEndpoint"));
    }
    if (!violations.isEmpty()) {
      throw new BundleException(violations);
    }
    checkPlacements(endpoints, policies, problems);
    Placements.check(endpoints, targets, policies, problems);
    List<String> notices = new ArrayList<>();
    policies.values().stream().map(PolicyDef::notice).filter(n -> n != null).forEach(notices::add);
    targets.values().forEach(t -> notices.add(t.notice()));
    List<String> basePaths = new ArrayList<>();
    List<String> endpointNames = new ArrayList<>();
    endpoints.forEach(
        ep -> {
          basePaths.add(ep.basePath());
          endpointNames.add(ep.name());
        });
    List<String> found = problems.messages();
    ProxyPlan plan =
        found.isEmpty()
            ? new ProxyPlan(
                proxyName,
                revision,
                List.copyOf(endpoints),
                Map.copyOf(policies),
                Map.copyOf(targets))
            : null;
    return new ParsedBundle(
        descriptor == null ? null : SecureXml.childText(descriptor, "DisplayName"),
        descriptor == null ? null : SecureXml.childText(descriptor, "Description"),
        List.copyOf(basePaths),
        List.copyOf(names),
        List.copyOf(endpointNames),
        List.copyOf(targets.keySet()),
        List.copyOf(resources),
        plan,
        found,
        List.copyOf(notices));
  }

  private static void policy(
      String path,
      Element root,
      TreeSet<String> names,
      Map<String, PolicyDef> policies,
      List<BundleViolation> violations,
      Problems problems) {
    String name = SecureXml.attr(root, "name");
    if (name == null) {
      violations.add(new BundleViolation(path, "the policy has no name attribute"));
      return;
    }
    if (!names.add(name)) {
      violations.add(new BundleViolation(path, "a second policy is named '" + name + "'"));
      return;
    }
    Problems p = problems.in("policy '" + name + "'");
    PolicyCommon common = PolicyCommon.read(root, name, p);
    PolicyDef def = read(common, root, p);
    if (def != null) {
      policies.put(name, def);
    }
  }

  private static @Nullable PolicyDef read(PolicyCommon common, Element root, Problems p) {
    switch (root.getTagName()) {
      case "VerifyAPIKey":
        return VerifyApiKeyDef.read(common, root, p);
      case "Quota":
        return QuotaDef.read(common, root, p);
      case "ExtractVariables":
        return ExtractVariablesDef.read(common, root, p);
      case "SpikeArrest":
        return SpikeArrestDef.read(common, root, p);
      case "AssignMessage":
        return AssignMessageDef.read(common, root, p);
      case "RaiseFault":
        return RaiseFaultDef.read(common, root, p);
      case "LLMTokenQuota":
        return LlmTokenQuotaDef.read(common, root, p);
      case "PromptTokenLimit":
        return PromptTokenLimitDef.read(common, root, p);
      case "SemanticCacheLookup":
      case "SemanticCachePopulate":
        return SemanticCacheDef.read(common, root, p);
      case "SanitizeUserPrompt":
      case "SanitizeModelResponse":
        return SanitizeDef.read(common, root, p);
      case "MessageLogging":
        return MessageLoggingDef.read(common, root, p);
      default:
        p.add(
            "a "
                + root.getTagName()
                + " policy, which the emulator cannot execute (it executes "
                + String.join(", ", SUPPORTED)
                + ")");
        return null;
    }
  }

  private static void checkPlacements(
      List<EndpointPlan> endpoints, Map<String, PolicyDef> policies, Problems problems) {
    for (EndpointPlan ep : endpoints) {
      List<FlowPlan> flows = new ArrayList<>(ep.flows());
      flows.add(ep.preFlow());
      flows.add(ep.postFlow());
      for (FlowPlan f : flows) {
        for (boolean request : new boolean[] {true, false}) {
          for (StepPlan s : request ? f.request() : f.response()) {
            if (policies.get(s.policy()) instanceof AssignMessageDef) {
              ((AssignMessageDef) policies.get(s.policy()))
                  .checkPlacement(request, problems.in("policy '" + s.policy() + "'"));
            }
          }
        }
      }
    }
  }
}
