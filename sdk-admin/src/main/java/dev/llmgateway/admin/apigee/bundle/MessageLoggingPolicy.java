package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A MessageLogging policy that writes to Cloud Logging ({@code <CloudLogging>}): a log entry per
 * call with a message built from flow variables, e.g. the model, the app and the token counts.
 * Attach it to the ProxyEndpoint's PostClientFlow ({@link ProxyEndpoint#postClientFlowSteps()}),
 * which runs after the response was sent, whether the call succeeded or failed; elsewhere it delays
 * the response. The client never sees it trip: a failed log write does not change the response.
 *
 * <p>Google Cloud needs: the Cloud Logging API ({@code logging.googleapis.com}) enabled and the
 * proxy deployed with a service account that may write log entries (Logs Writer, {@code
 * roles/logging.logWriter}).
 *
 * <p>Left out: the Syslog variant, {@code logLevel} and {@code ResourceType} (their element tables
 * could not be read; apigeelint accepts only {@code global} for the resource type).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code logName},
 * {@code message}.
 */
@Value.Immutable
@ValueStyle
public abstract class MessageLoggingPolicy extends AbstractPolicy {

  private static final Pattern LOG_NAME = Pattern.compile("projects/[^/\\s]+/logs/\\S+");

  MessageLoggingPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the log, {@code projects/{project}/logs/{log id}}, e.g. {@code
   * projects/{organization.name}/logs/llm-gateway}.
   *
   * @return the log name
   */
  public abstract String logName();

  /**
   * Returns the message, a template such as {@code {"model":"{llm.model}"}}.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the message's content type, e.g. {@code application/json} for a structured entry.
   *
   * @return the content type, or empty for plain text
   */
  public abstract Optional<String> messageContentType();

  /**
   * Returns the labels of the log entry, in insertion order.
   *
   * @return the labels
   */
  public abstract Map<String, String> labels();

  @Value.Check
  void check() {
    checkName();
    Checks.notBlank(logName(), "logName");
    if (!LOG_NAME.matcher(logName()).matches()) {
      throw new IllegalArgumentException(
          "logName must be projects/{project}/logs/{log id} but was '" + logName() + "'");
    }
    Checks.notBlank(message(), "message");
    messageContentType().ifPresent(t -> Checks.notBlank(t, "messageContentType"));
    labels().keySet().forEach(k -> Checks.notBlank(k, "labels key"));
  }

  @Override
  public String toXml() {
    Element root = bareElement("MessageLogging");
    Element cloud = Xml.child(root, "CloudLogging");
    Xml.child(cloud, "LogName", logName());
    Element message = Xml.child(cloud, "Message", message());
    messageContentType().ifPresent(t -> message.setAttribute("contentType", t));
    if (!labels().isEmpty()) {
      Element labels = Xml.child(cloud, "Labels");
      labels()
          .forEach(
              (key, value) -> {
                Element label = Xml.child(labels, "Label");
                Xml.child(label, "Key", key);
                Xml.child(label, "Value", value);
              });
    }
    return Xml.toString(root);
  }

  /** Builder of {@link MessageLoggingPolicy}. */
  public static final class Builder extends ImmutableMessageLoggingPolicy.Builder {
    Builder() {}
  }
}
