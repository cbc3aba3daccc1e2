package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.Set;
import org.w3c.dom.Element;

/**
 * A RaiseFault policy: the fault response's headers, payload, status (default 500) and reason
 * phrase. Without a payload the response is Apigee's default fault body {@code Raising fault. Fault
 * name : <policy>}.
 *
 * @param common name and flags
 * @param response the fault response
 * @param ignoreUnresolved whether unset template variables render as empty text
 */
public record RaiseFaultDef(PolicyCommon common, MessageEdit response, boolean ignoreUnresolved)
    implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "FaultResponse",
          "IgnoreUnresolvedVariables",
          "ShortFaultReason");

  static RaiseFaultDef read(PolicyCommon common, Element root, Problems p) {
    p.onlyChildren(root, CHILDREN);
    if (p.bool(SecureXml.childText(root, "ShortFaultReason"), "ShortFaultReason", false)) {
      p.add("ShortFaultReason true is not supported by the emulator");
    }
    Element fault = SecureXml.child(root, "FaultResponse");
    MessageEdit edit;
    if (fault == null) {
      edit = MessageEdit.read(null, null, null, p);
    } else {
      p.onlyChildren(fault, Set.of("Set", "Add", "Remove"));
      edit =
          MessageEdit.read(
              SecureXml.child(fault, "Set"),
              SecureXml.child(fault, "Add"),
              SecureXml.child(fault, "Remove"),
              p);
    }
    return new RaiseFaultDef(
        common,
        edit,
        p.bool(
            SecureXml.childText(root, "IgnoreUnresolvedVariables"),
            "IgnoreUnresolvedVariables",
            false));
  }
}
