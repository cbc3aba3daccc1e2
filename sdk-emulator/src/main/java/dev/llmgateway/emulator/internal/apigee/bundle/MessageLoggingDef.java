package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A MessageLogging policy with {@code <CloudLogging>}: the emulator writes each entry to its own
 * log (logger {@code dev.llmgateway.emulator.apigee.MessageLogging}, level INFO) instead of Cloud
 * Logging.
 *
 * @param common name and flags
 * @param logName the log name template
 * @param message the message template
 */
public record MessageLoggingDef(
    PolicyCommon common, MessageTemplate logName, MessageTemplate message) implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of("DisplayName", "Description", "Properties", "CloudLogging", "logLevel");
  private static final Set<String> CLOUD_LOGGING =
      Set.of("LogName", "Message", "Labels", "ResourceType");

  static MessageLoggingDef read(PolicyCommon common, Element root, Problems p) {
    p.onlyChildren(root, CHILDREN);
    Element cloud = SecureXml.child(root, "CloudLogging");
    if (cloud == null) {
      p.add("only <CloudLogging> is executed by the emulator (written to its own log)");
      return new MessageLoggingDef(common, MessageTemplate.of(""), MessageTemplate.of(""));
    }
    p.onlyChildren(cloud, CLOUD_LOGGING);
    String log = SecureXml.childText(cloud, "LogName");
    String message = SecureXml.childText(cloud, "Message");
    if (log == null || message == null) {
      p.add("<CloudLogging> needs <LogName> and <Message>");
    }
    return new MessageLoggingDef(
        common,
        MessageTemplate.of(log == null ? "" : log),
        MessageTemplate.of(message == null ? "" : message));
  }

  @Override
  public String notice() {
    return "MessageLogging '"
        + common.name()
        + "' writes to the emulator's log (logger dev.llmgateway.emulator.apigee.MessageLogging),"
        + " not to Cloud Logging";
  }
}
