package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A SpikeArrest policy: smooths traffic to a rate such as {@code 30ps} or {@code 100pm} and rejects
 * bursts with {@code policies.ratelimit.SpikeArrestViolation}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code rate} or
 * {@code rateRef}.
 */
public final class SpikeArrestPolicy extends AbstractPolicy {

  private final @Nullable String rate;
  private final @Nullable String rateRef;
  private final @Nullable String identifierRef;
  private final @Nullable String messageWeightRef;
  private final @Nullable Boolean useEffectiveCount;

  private SpikeArrestPolicy(Builder b) {
    super(b);
    this.rate = b.rate == null ? null : SpikeArrestPolicy.checkRate(b.rate);
    this.rateRef = b.rateRef;
    this.identifierRef = b.identifierRef;
    this.messageWeightRef = b.messageWeightRef;
    this.useEffectiveCount = b.useEffectiveCount;
    if (rate == null && rateRef == null) {
      throw new IllegalArgumentException("rate or rateRef must be set");
    }
  }

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
    return new Builder(this);
  }

  /**
   * Returns the rate, a number followed by {@code ps} (per second) or {@code pm} (per minute).
   *
   * @return the rate, a number followed by {@code ps} (per second) or {@code pm} (per minute), or
   *     empty when not set
   */
  public Optional<String> rate() {
    return Optional.ofNullable(rate);
  }

  /**
   * Returns the flow variable holding the rate.
   *
   * @return the flow variable holding the rate, or empty when not set
   */
  public Optional<String> rateRef() {
    return Optional.ofNullable(rateRef);
  }

  /**
   * Returns the flow variable that separates counters.
   *
   * @return the flow variable that separates counters, or empty when not set
   */
  public Optional<String> identifierRef() {
    return Optional.ofNullable(identifierRef);
  }

  /**
   * Returns the flow variable holding each message's weight.
   *
   * @return the flow variable holding each message's weight, or empty when not set
   */
  public Optional<String> messageWeightRef() {
    return Optional.ofNullable(messageWeightRef);
  }

  /**
   * Returns whether to count across message processors (Apigee's effective count).
   *
   * @return whether to count across message processors (Apigee's effective count), or empty when
   *     not set
   */
  public Optional<Boolean> useEffectiveCount() {
    return Optional.ofNullable(useEffectiveCount);
  }

  static String checkRate(String rate) {
    if (!rate.matches("[1-9][0-9]*(ps|pm)")) {
      throw new IllegalArgumentException(
          "rate must be a positive number followed by ps or pm but was '" + rate + "'");
    }
    return rate;
  }

  @Override
  public String toXml() {
    Element root = policyElement("SpikeArrest");
    if (identifierRef != null) {
      Xml.child(root, "Identifier").setAttribute("ref", identifierRef);
    }
    if (messageWeightRef != null) {
      Xml.child(root, "MessageWeight").setAttribute("ref", messageWeightRef);
    }
    Xml.valueOrRef(root, "Rate", rate, rateRef);
    if (useEffectiveCount != null) {
      Xml.child(root, "UseEffectiveCount", useEffectiveCount.toString());
    }
    return Xml.toString(root);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SpikeArrestPolicy)) {
      return false;
    }
    SpikeArrestPolicy o = (SpikeArrestPolicy) other;
    return commonEquals(o)
        && Objects.equals(rate, o.rate)
        && Objects.equals(rateRef, o.rateRef)
        && Objects.equals(identifierRef, o.identifierRef)
        && Objects.equals(messageWeightRef, o.messageWeightRef)
        && Objects.equals(useEffectiveCount, o.useEffectiveCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        commonHashCode(), rate, rateRef, identifierRef, messageWeightRef, useEffectiveCount);
  }

  @Override
  public String toString() {
    return "SpikeArrestPolicy{"
        + commonToString()
        + ", "
        + "rate="
        + rate
        + ", "
        + "rateRef="
        + rateRef
        + ", "
        + "identifierRef="
        + identifierRef
        + ", "
        + "messageWeightRef="
        + messageWeightRef
        + ", "
        + "useEffectiveCount="
        + useEffectiveCount
        + "}";
  }

  /** Builder of {@link SpikeArrestPolicy}. */
  public static final class Builder extends AbstractPolicy.Builder<Builder> {

    private @Nullable String rate;
    private @Nullable String rateRef;
    private @Nullable String identifierRef;
    private @Nullable String messageWeightRef;
    private @Nullable Boolean useEffectiveCount;

    private Builder() {}

    private Builder(SpikeArrestPolicy v) {
      super(v);
      this.rate = v.rate;
      this.rateRef = v.rateRef;
      this.identifierRef = v.identifierRef;
      this.messageWeightRef = v.messageWeightRef;
      this.useEffectiveCount = v.useEffectiveCount;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the rate, a number followed by {@code ps} (per second) or {@code pm} (per minute).
     *
     * @param rate the value, or null to unset
     * @return this builder
     */
    public Builder rate(@Nullable String rate) {
      this.rate = rate;
      return this;
    }

    /**
     * Sets the flow variable holding the rate.
     *
     * @param rateRef the value, or null to unset
     * @return this builder
     */
    public Builder rateRef(@Nullable String rateRef) {
      this.rateRef = rateRef;
      return this;
    }

    /**
     * Sets the flow variable that separates counters.
     *
     * @param identifierRef the value, or null to unset
     * @return this builder
     */
    public Builder identifierRef(@Nullable String identifierRef) {
      this.identifierRef = identifierRef;
      return this;
    }

    /**
     * Sets the flow variable holding each message's weight.
     *
     * @param messageWeightRef the value, or null to unset
     * @return this builder
     */
    public Builder messageWeightRef(@Nullable String messageWeightRef) {
      this.messageWeightRef = messageWeightRef;
      return this;
    }

    /**
     * Sets whether to count across message processors (Apigee's effective count).
     *
     * @param useEffectiveCount the value, or null to unset
     * @return this builder
     */
    public Builder useEffectiveCount(@Nullable Boolean useEffectiveCount) {
      this.useEffectiveCount = useEffectiveCount;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public SpikeArrestPolicy build() {
      return new SpikeArrestPolicy(this);
    }
  }
}
