package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * An ExtractVariables policy reading a JSON payload.
 *
 * @param common name and flags
 * @param source {@code request}, {@code response} or {@code message} (the current one)
 * @param prefix the prefix of the variable names, or null
 * @param ignoreUnresolved whether a payload that is not JSON is skipped rather than a fault
 * @param variables the variables to set, each with its path
 */
public record ExtractVariablesDef(
    PolicyCommon common,
    String source,
    @Nullable String prefix,
    boolean ignoreUnresolved,
    List<JsonVariable> variables)
    implements PolicyDef {

  /**
   * One variable of a JSON payload.
   *
   * @param name the variable name (without prefix)
   * @param path where its value is
   */
  public record JsonVariable(String name, JsonPath path) {}

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "Source",
          "VariablePrefix",
          "IgnoreUnresolvedVariables",
          "JSONPayload");

  static ExtractVariablesDef read(PolicyCommon common, Element root, Problems p) {
    p.onlyChildren(root, CHILDREN);
    String source = SecureXml.childText(root, "Source");
    source = source == null ? "message" : source;
    if (!Set.of("request", "response", "message").contains(source)) {
      p.add("<Source>" + source + "</Source> is not supported (request, response or message)");
    }
    p.bool(SecureXml.attr(SecureXml.child(root, "Source"), "clearPayload"), "clearPayload", false);
    List<JsonVariable> vars = new ArrayList<>();
    Element payload = SecureXml.child(root, "JSONPayload");
    if (payload == null) {
      p.add("<JSONPayload> is required (the emulator extracts from JSON payloads only)");
    } else {
      p.onlyChildren(payload, Set.of("Variable"));
      for (Element v : SecureXml.all(payload, "Variable")) {
        String name = SecureXml.attr(v, "name");
        String path = SecureXml.childText(v, "JSONPath");
        if (name == null || path == null) {
          p.add("<Variable> needs a name and a <JSONPath>");
          continue;
        }
        try {
          vars.add(new JsonVariable(name, JsonPath.compile(path)));
        } catch (IllegalArgumentException e) {
          p.add(e.getMessage());
        }
      }
    }
    return new ExtractVariablesDef(
        common,
        source,
        SecureXml.childText(root, "VariablePrefix"),
        p.bool(
            SecureXml.childText(root, "IgnoreUnresolvedVariables"),
            "IgnoreUnresolvedVariables",
            false),
        List.copyOf(vars));
  }
}
