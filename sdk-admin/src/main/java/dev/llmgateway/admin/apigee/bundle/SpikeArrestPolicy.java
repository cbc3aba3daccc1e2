package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A SpikeArrest policy: smooths traffic to a rate such as {@code 30ps} or {@code 100pm} and rejects
 * bursts with {@code policies.ratelimit.SpikeArrestViolation}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code rate} or
 * {@code rateRef}.
 */
@Value.Immutable
@ValueStyle
public abstract class SpikeArrestPolicy extends RatePolicy {

  SpikeArrestPolicy() {}

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
   * Returns the flow variable holding each message's weight.
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> messageWeightRef();

  @Value.Check
  void check() {
    checkRate();
  }

  @Override
  public String toXml() {
    Element root = policyElement("SpikeArrest");
    identifierRef().ifPresent(r -> Xml.child(root, "Identifier").setAttribute("ref", r));
    messageWeightRef().ifPresent(r -> Xml.child(root, "MessageWeight").setAttribute("ref", r));
    Xml.valueOrRef(root, "Rate", rate().orElse(null), rateRef().orElse(null));
    useEffectiveCount().ifPresent(u -> Xml.child(root, "UseEffectiveCount", u.toString()));
    return Xml.toString(root);
  }

  /** Builder of {@link SpikeArrestPolicy}. */
  public static final class Builder extends ImmutableSpikeArrestPolicy.Builder {
    Builder() {}
  }
}
