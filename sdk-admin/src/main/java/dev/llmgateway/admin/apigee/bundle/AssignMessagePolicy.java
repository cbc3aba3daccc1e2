package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * An AssignMessage policy that removes and sets headers, sets the payload or status, and assigns
 * flow variables on a request or response.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name} and at least one of
 * {@code removeHeaders}, {@code setHeaders}, {@code payload}, {@code statusCode}, {@code
 * reasonPhrase} or {@code assignVariables} (a policy that changes nothing is an apigeelint error).
 */
@Value.Immutable
@ValueStyle
public abstract class AssignMessagePolicy extends AbstractPolicy {

  AssignMessagePolicy() {}

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
   * Returns the headers to remove.
   *
   * @return the header names
   */
  public abstract List<String> removeHeaders();

  /**
   * Returns the headers to set (values may use {@code {variable}} templates).
   *
   * @return the headers, in insertion order
   */
  public abstract Map<String, String> setHeaders();

  /**
   * Returns the payload to set.
   *
   * @return the payload, or empty when not set
   */
  public abstract Optional<String> payload();

  /**
   * Returns the content type of the payload (default {@code application/json}).
   *
   * @return the content type
   */
  @Value.Default
  public String payloadContentType() {
    return "application/json";
  }

  /**
   * Returns the status code to set on a response.
   *
   * @return the status code, or empty when not set
   */
  public abstract Optional<Integer> statusCode();

  /**
   * Returns the reason phrase to set on a response.
   *
   * @return the reason phrase, or empty when not set
   */
  public abstract Optional<String> reasonPhrase();

  /**
   * Returns the flow variables to assign, each name mapped to a literal value.
   *
   * @return the variables, in insertion order
   */
  public abstract Map<String, String> assignVariables();

  /**
   * Returns whether unresolvable template variables are ignored.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  /**
   * Returns the message to modify: {@code request} or {@code response}; unset modifies the current
   * message.
   *
   * @return the message to modify, or empty when not set
   */
  public abstract Optional<String> assignTo();

  /**
   * Returns whether to create a new message instead of modifying it (default false).
   *
   * @return whether to create a new message
   */
  @Value.Default
  public boolean createNew() {
    return false;
  }

  @Value.Check
  void check() {
    checkName();
    assignTo()
        .filter(to -> !to.equals("request") && !to.equals("response"))
        .ifPresent(
            to -> {
              throw new IllegalArgumentException(
                  "assignTo must be 'request' or 'response' but was '" + to + "'");
            });
    BundleXml.checkStatusCode(statusCode().orElse(null));
    if (removeHeaders().isEmpty()
        && setHeaders().isEmpty()
        && payload().isEmpty()
        && statusCode().isEmpty()
        && reasonPhrase().isEmpty()
        && assignVariables().isEmpty()) {
      throw new IllegalArgumentException(
          "AssignMessage '"
              + name()
              + "' does nothing: set removeHeaders, setHeaders, payload, statusCode, reasonPhrase"
              + " or assignVariables (apigeelint PO034)");
    }
  }

  @Override
  public String toXml() {
    Element root = policyElement("AssignMessage");
    if (!removeHeaders().isEmpty()) {
      Element headers = Xml.child(Xml.child(root, "Remove"), "Headers");
      removeHeaders().forEach(h -> Xml.child(headers, "Header").setAttribute("name", h));
    }
    if (!setHeaders().isEmpty()
        || payload().isPresent()
        || statusCode().isPresent()
        || reasonPhrase().isPresent()) {
      BundleXml.messageSet(
          Xml.child(root, "Set"),
          setHeaders(),
          payload().orElse(null),
          payloadContentType(),
          statusCode().orElse(null),
          reasonPhrase().orElse(null));
    }
    assignVariables()
        .forEach(
            (variable, value) -> {
              Element a = Xml.child(root, "AssignVariable");
              Xml.child(a, "Name", variable);
              Xml.child(a, "Value", value);
            });
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    assignTo()
        .ifPresent(
            type -> {
              Element to = Xml.child(root, "AssignTo");
              to.setAttribute("createNew", Boolean.toString(createNew()));
              to.setAttribute("transport", "http");
              to.setAttribute("type", type);
            });
    return Xml.toString(root);
  }

  /** Builder of {@link AssignMessagePolicy}. */
  public static final class Builder extends ImmutableAssignMessagePolicy.Builder {
    Builder() {}
  }
}
