package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A RaiseFault policy: ends the flow with a custom error response (status, reason, headers,
 * payload).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
@Value.Immutable
@ValueStyle
public abstract class RaiseFaultPolicy extends AbstractPolicy {

  RaiseFaultPolicy() {}

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
   * Returns the HTTP status code of the fault response (default 500).
   *
   * @return the status code
   */
  @Value.Default
  public int statusCode() {
    return 500;
  }

  /**
   * Returns the reason phrase.
   *
   * @return the reason phrase, or empty when not set
   */
  public abstract Optional<String> reasonPhrase();

  /**
   * Returns the response headers to set.
   *
   * @return the headers, in insertion order
   */
  public abstract Map<String, String> headers();

  /**
   * Returns the response payload.
   *
   * @return the payload, or empty when not set
   */
  public abstract Optional<String> payload();

  /**
   * Returns the payload's content type (default {@code application/json}).
   *
   * @return the content type
   */
  @Value.Default
  public String payloadContentType() {
    return "application/json";
  }

  /**
   * Returns whether unresolvable variables in the payload are ignored.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  @Value.Check
  void check() {
    checkName();
    BundleXml.checkStatusCode(statusCode());
  }

  @Override
  public String toXml() {
    Element root = policyElement("RaiseFault");
    BundleXml.messageSet(
        Xml.child(Xml.child(root, "FaultResponse"), "Set"),
        headers(),
        payload().orElse(null),
        payloadContentType(),
        statusCode(),
        reasonPhrase().orElse(null));
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    return Xml.toString(root);
  }

  /** Builder of {@link RaiseFaultPolicy}. */
  public static final class Builder extends ImmutableRaiseFaultPolicy.Builder {
    Builder() {}
  }
}
