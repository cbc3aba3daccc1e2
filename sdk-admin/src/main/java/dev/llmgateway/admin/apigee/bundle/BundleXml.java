package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Renders endpoints, the proxy descriptor and the message {@code <Set>} that AssignMessage and
 * RaiseFault share, in the element order Apigee exports them.
 */
final class BundleXml {

  private BundleXml() {}

  static String proxyDescriptor(ApiProxyBundle bundle) {
    Element root = Xml.newRoot("APIProxy");
    root.setAttribute("revision", Integer.toString(bundle.revision()));
    root.setAttribute("name", bundle.name());
    Xml.child(root, "DisplayName", bundle.displayName().orElse(bundle.name()));
    Xml.child(root, "Description", bundle.description().orElse(null));
    return Xml.toString(root);
  }

  static String proxyEndpoint(ProxyEndpoint e) {
    Element root = Xml.newRoot("ProxyEndpoint");
    root.setAttribute("name", e.name());
    Xml.child(root, "Description", e.description().orElse(null));
    Xml.child(root, "FaultRules");
    flows(root, e.flows());
    Element postClient = Xml.child(root, "PostClientFlow");
    postClient.setAttribute("name", "PostClientFlow");
    steps(Xml.child(postClient, "Response"), e.postClientFlowSteps());
    flow(root, "PostFlow", e.postFlow());
    flow(root, "PreFlow", e.preFlow());
    Element connection = Xml.child(root, "HTTPProxyConnection");
    Xml.child(connection, "Properties");
    Xml.child(connection, "BasePath", e.basePath());
    for (RouteRule r : e.routeRules()) {
      Element rule = Xml.child(root, "RouteRule");
      rule.setAttribute("name", r.name());
      r.condition().ifPresent(c -> Xml.child(rule, "Condition", c));
      r.targetEndpoint().ifPresent(t -> Xml.child(rule, "TargetEndpoint", t));
    }
    return Xml.toString(root);
  }

  static String targetEndpoint(TargetEndpoint e) {
    Element root = Xml.newRoot("TargetEndpoint");
    root.setAttribute("name", e.name());
    Xml.child(root, "Description", e.description().orElse(null));
    Xml.child(root, "FaultRules");
    Xml.child(root, "Flows");
    flow(root, "PostFlow", e.postFlow());
    flow(root, "PreFlow", e.preFlow());
    if (!e.eventFlowSteps().isEmpty()) {
      Element events = Xml.child(root, "EventFlow");
      events.setAttribute("name", "EventFlow");
      events.setAttribute("content-type", "text/event-stream");
      steps(Xml.child(events, "Response"), e.eventFlowSteps());
    }
    Element connection = Xml.child(root, "HTTPTargetConnection");
    Xml.child(connection, "Properties");
    Xml.child(connection, "URL", e.url());
    return Xml.toString(root);
  }

  private static void flows(Element parent, List<Flow> flows) {
    Element container = Xml.child(parent, "Flows");
    for (Flow f : flows) {
      Element flow = Xml.child(container, "Flow");
      flow.setAttribute("name", f.name());
      Xml.child(flow, "Description");
      steps(Xml.child(flow, "Request"), f.requestSteps());
      steps(Xml.child(flow, "Response"), f.responseSteps());
      f.condition().ifPresent(c -> Xml.child(flow, "Condition", c));
    }
  }

  private static void flow(Element parent, String element, Flow f) {
    Element flow = Xml.child(parent, element);
    flow.setAttribute("name", f.name());
    steps(Xml.child(flow, "Request"), f.requestSteps());
    steps(Xml.child(flow, "Response"), f.responseSteps());
  }

  private static void steps(Element parent, List<Step> steps) {
    for (Step s : steps) {
      Element step = Xml.child(parent, "Step");
      s.condition().ifPresent(c -> Xml.child(step, "Condition", c));
      Xml.child(step, "Name", s.policy());
    }
  }

  /**
   * Returns the root element's name of a policy's XML, i.e. its type, e.g. {@code Quota}.
   *
   * @throws IllegalArgumentException if the XML is not well-formed
   */
  static String rootElement(Policy policy) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      byte[] xml = policy.toXml().getBytes(StandardCharsets.UTF_8);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml))
          .getDocumentElement()
          .getTagName();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException(
          "policy '" + policy.name() + "' has XML that is not well-formed: " + e.getMessage(), e);
    }
  }

  /**
   * Checks an HTTP status code that AssignMessage or RaiseFault sets.
   *
   * @throws IllegalArgumentException if the code is outside 100..599
   */
  static void checkStatusCode(@Nullable Integer statusCode) {
    if (statusCode != null && (statusCode < 100 || statusCode > 599)) {
      throw new IllegalArgumentException("statusCode must be in 100..599 but was " + statusCode);
    }
  }

  /**
   * Fills a message {@code <Set>}: headers, payload, status code and reason phrase in that order,
   * each only when present.
   */
  static void messageSet(
      Element set,
      Map<String, String> headers,
      @Nullable String payload,
      String payloadContentType,
      @Nullable Integer statusCode,
      @Nullable String reasonPhrase) {
    if (!headers.isEmpty()) {
      Element h = Xml.child(set, "Headers");
      headers.forEach((name, value) -> Xml.child(h, "Header", value).setAttribute("name", name));
    }
    if (payload != null) {
      Xml.child(set, "Payload", payload).setAttribute("contentType", payloadContentType);
    }
    if (statusCode != null) {
      Xml.child(set, "StatusCode", statusCode.toString());
    }
    if (reasonPhrase != null) {
      Xml.child(set, "ReasonPhrase", reasonPhrase);
    }
  }
}
