package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The {@code <Set>}, {@code <Add>} and {@code <Remove>} parts of AssignMessage and of RaiseFault's
 * {@code <FaultResponse>}: headers, payload, status code and reason phrase. Values are message
 * templates; the payload's text is stripped of leading and trailing white space.
 *
 * @param setHeaders headers to set (replacing values)
 * @param addHeaders headers to add
 * @param removeHeaders headers to remove
 * @param removeAllHeaders whether {@code <Remove><Headers/></Remove>} removes every header
 * @param payload the payload to set, or null
 * @param contentType the payload's content type, or null
 * @param removePayload whether the payload is removed
 * @param statusCode the status code to set, or null
 * @param reasonPhrase the reason phrase to set, or null
 */
public record MessageEdit(
    Map<String, MessageTemplate> setHeaders,
    Map<String, MessageTemplate> addHeaders,
    List<String> removeHeaders,
    boolean removeAllHeaders,
    @Nullable MessageTemplate payload,
    @Nullable String contentType,
    boolean removePayload,
    @Nullable MessageTemplate statusCode,
    @Nullable MessageTemplate reasonPhrase) {

  /**
   * Tells whether the edit changes more than headers.
   *
   * @return whether it sets or removes the payload, status or reason phrase
   */
  public boolean changesBodyOrStatus() {
    return payload != null || removePayload || statusCode != null || reasonPhrase != null;
  }

  static MessageEdit read(
      @Nullable Element set, @Nullable Element add, @Nullable Element remove, Problems p) {
    Map<String, MessageTemplate> setHeaders = new LinkedHashMap<>();
    Map<String, MessageTemplate> addHeaders = new LinkedHashMap<>();
    List<String> removeHeaders = new ArrayList<>();
    boolean removeAll = false;
    MessageTemplate payload = null;
    String contentType = null;
    MessageTemplate status = null;
    MessageTemplate reason = null;
    boolean removePayload = false;
    if (set != null) {
      p.onlyChildren(set, Set.of("Headers", "Payload", "StatusCode", "ReasonPhrase"));
      headers(set, setHeaders, p);
      Element body = SecureXml.child(set, "Payload");
      if (body != null) {
        payload = payload(body, p);
        contentType = SecureXml.attr(body, "contentType");
      }
      String code = SecureXml.childText(set, "StatusCode");
      if (code != null && !code.matches("[1-5][0-9][0-9]|.*\\{.+}.*")) {
        p.add("StatusCode must be a number from 100 to 599 or a template but was '" + code + "'");
      }
      status = code == null ? null : MessageTemplate.of(code);
      String phrase = SecureXml.childText(set, "ReasonPhrase");
      reason = phrase == null ? null : MessageTemplate.of(phrase);
    }
    if (add != null) {
      p.onlyChildren(add, Set.of("Headers"));
      headers(add, addHeaders, p);
    }
    if (remove != null) {
      p.onlyChildren(remove, Set.of("Headers", "Payload"));
      Element h = SecureXml.child(remove, "Headers");
      if (h != null) {
        p.onlyChildren(h, Set.of("Header"));
        for (Element header : SecureXml.all(h, "Header")) {
          String name = SecureXml.attr(header, "name");
          if (name != null) {
            removeHeaders.add(name);
          }
        }
        removeAll = SecureXml.all(h, "Header").isEmpty();
      }
      removePayload = p.bool(SecureXml.childText(remove, "Payload"), "Remove Payload", false);
    }
    return new MessageEdit(
        setHeaders,
        addHeaders,
        List.copyOf(removeHeaders),
        removeAll,
        payload,
        contentType,
        removePayload,
        status,
        reason);
  }

  private static void headers(Element parent, Map<String, MessageTemplate> into, Problems p) {
    Element h = SecureXml.child(parent, "Headers");
    if (h == null) {
      return;
    }
    p.onlyChildren(h, Set.of("Header"));
    for (Element header : SecureXml.all(h, "Header")) {
      String name = SecureXml.attr(header, "name");
      if (name == null) {
        p.add("<Header> needs a name");
        continue;
      }
      into.put(name, MessageTemplate.of(header.getTextContent().strip()));
    }
  }

  private static MessageTemplate payload(Element body, Problems p) {
    String prefix = SecureXml.attr(body, "variablePrefix");
    String suffix = SecureXml.attr(body, "variableSuffix");
    String text = body.getTextContent().strip();
    if (prefix == null && suffix == null) {
      return MessageTemplate.of(text);
    }
    if (prefix == null || suffix == null || prefix.length() != 1 || suffix.length() != 1) {
      p.add("variablePrefix and variableSuffix must both be single characters");
      return MessageTemplate.of(text);
    }
    return MessageTemplate.of(text, prefix.charAt(0), suffix.charAt(0));
  }
}
