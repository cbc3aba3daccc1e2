package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * An AssignMessage policy: header, payload and status edits of the current message ({@code
 * AssignTo} may name {@code request} or {@code response}, never a new message) and variable
 * assignments.
 *
 * @param common name and flags
 * @param edit the message edits
 * @param assignments the {@code <AssignVariable>} entries
 * @param ignoreUnresolved whether unset template variables render as empty text
 * @param target {@code request}, {@code response} or null for the message of the flow
 */
public record AssignMessageDef(
    PolicyCommon common,
    MessageEdit edit,
    List<Assignment> assignments,
    boolean ignoreUnresolved,
    @Nullable String target)
    implements PolicyDef {

  /**
   * One {@code <AssignVariable>}: the value comes from {@code Ref}, else {@code Template}, else
   * {@code Value}.
   *
   * @param name the variable to set
   * @param ref the variable to copy, or null
   * @param template the template to render, or null
   * @param value the literal value, or null
   */
  public record Assignment(
      String name,
      @Nullable String ref,
      @Nullable MessageTemplate template,
      @Nullable String value) {}

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "Set",
          "Add",
          "Remove",
          "AssignVariable",
          "AssignTo",
          "IgnoreUnresolvedVariables");

  static AssignMessageDef read(PolicyCommon common, Element root, Problems p) {
    p.onlyChildren(root, CHILDREN);
    MessageEdit edit =
        MessageEdit.read(
            SecureXml.child(root, "Set"),
            SecureXml.child(root, "Add"),
            SecureXml.child(root, "Remove"),
            p);
    List<Assignment> assignments = new ArrayList<>();
    for (Element a : SecureXml.all(root, "AssignVariable")) {
      p.onlyChildren(a, Set.of("Name", "Ref", "Template", "Value"));
      String name = SecureXml.childText(a, "Name");
      if (name == null) {
        p.add("<AssignVariable> needs a <Name>");
        continue;
      }
      String template = SecureXml.childText(a, "Template");
      assignments.add(
          new Assignment(
              name,
              SecureXml.childText(a, "Ref"),
              template == null ? null : MessageTemplate.of(template),
              SecureXml.childText(a, "Value")));
    }
    Element assignTo = SecureXml.child(root, "AssignTo");
    String target = null;
    if (assignTo != null) {
      if (p.bool(SecureXml.attr(assignTo, "createNew"), "AssignTo createNew", false)) {
        p.add("<AssignTo createNew=\"true\"> (a new message) is not supported by the emulator");
      }
      String name = SecureXml.text(assignTo);
      String type = SecureXml.attr(assignTo, "type");
      target = name != null ? name : type;
      if (target != null && !target.equals("request") && !target.equals("response")) {
        p.add("<AssignTo> may only name request or response in the emulator, not " + target);
        target = null;
      }
    }
    return new AssignMessageDef(
        common,
        edit,
        List.copyOf(assignments),
        p.bool(
            SecureXml.childText(root, "IgnoreUnresolvedVariables"),
            "IgnoreUnresolvedVariables",
            false),
        target);
  }

  /**
   * Checks that the policy can run at a step of the request or response flow.
   *
   * @param requestFlow whether the step is in a request flow
   * @param p where problems go
   */
  public void checkPlacement(boolean requestFlow, Problems p) {
    String message = target != null ? target : requestFlow ? "request" : "response";
    if (requestFlow && message.equals("response")) {
      p.add("editing the response from a request flow is not supported by the emulator");
    }
    if (message.equals("request") && edit.changesBodyOrStatus()) {
      p.add(
          "setting or removing the request payload, status or reason phrase is not supported by"
              + " the emulator (headers and variables are)");
    }
  }
}
