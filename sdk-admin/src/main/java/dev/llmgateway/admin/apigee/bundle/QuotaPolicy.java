package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A Quota policy: counts requests (or a message weight such as tokens) per identifier and window
 * and rejects calls over the limit with {@code policies.ratelimit.QuotaViolation}. Supports the
 * types default, calendar, rollingwindow and flexi, and the shared-counter pair {@code EnforceOnly}
 * (check before the call) and {@code CountOnly} (count after it) tied by {@code SharedName}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code allowCount}
 * or {@code allowCountRef}, {@code interval} or {@code intervalRef}, {@code timeUnit} or {@code
 * timeUnitRef}.
 */
public final class QuotaPolicy extends AbstractPolicy {

  private final QuotaType type;
  private final @Nullable String identifierRef;
  private final @Nullable Long allowCount;
  private final @Nullable String allowCountRef;
  private final @Nullable Long interval;
  private final @Nullable String intervalRef;
  private final @Nullable String timeUnit;
  private final @Nullable String timeUnitRef;
  private final @Nullable String startTime;
  private final @Nullable String messageWeightRef;
  private final @Nullable Boolean distributed;
  private final @Nullable Boolean synchronous;
  private final boolean countOnly;
  private final boolean enforceOnly;
  private final @Nullable String sharedName;

  private QuotaPolicy(Builder b) {
    super(b);
    this.type = Objects.requireNonNull(b.type, "type == null");
    this.identifierRef = b.identifierRef;
    this.allowCount = b.allowCount;
    this.allowCountRef = b.allowCountRef;
    this.interval = b.interval;
    this.intervalRef = b.intervalRef;
    this.timeUnit = b.timeUnit;
    this.timeUnitRef = b.timeUnitRef;
    this.startTime = b.startTime;
    this.messageWeightRef = b.messageWeightRef;
    this.distributed = b.distributed;
    this.synchronous = b.synchronous;
    this.countOnly = b.countOnly;
    this.enforceOnly = b.enforceOnly;
    this.sharedName = b.sharedName;
    QuotaRules.check(this);
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
   * Returns the quota type (default {@link QuotaType#DEFAULT}).
   *
   * @return the quota type (default {@link QuotaType#DEFAULT})
   */
  public QuotaType type() {
    return type;
  }

  /**
   * Returns the flow variable whose value identifies the counter, e.g. {@code client_id}.
   *
   * @return the flow variable whose value identifies the counter, e.g. {@code client_id}, or empty
   *     when not set
   */
  public Optional<String> identifierRef() {
    return Optional.ofNullable(identifierRef);
  }

  /**
   * Returns the allowed count per window.
   *
   * @return the allowed count per window, or empty when not set
   */
  public Optional<Long> allowCount() {
    return Optional.ofNullable(allowCount);
  }

  /**
   * Returns the flow variable holding the allowed count (takes precedence over the count).
   *
   * @return the flow variable holding the allowed count (takes precedence over the count), or empty
   *     when not set
   */
  public Optional<String> allowCountRef() {
    return Optional.ofNullable(allowCountRef);
  }

  /**
   * Returns the number of time units per window.
   *
   * @return the number of time units per window, or empty when not set
   */
  public Optional<Long> interval() {
    return Optional.ofNullable(interval);
  }

  /**
   * Returns the flow variable holding the interval.
   *
   * @return the flow variable holding the interval, or empty when not set
   */
  public Optional<String> intervalRef() {
    return Optional.ofNullable(intervalRef);
  }

  /**
   * Returns the time unit: {@code minute}, {@code hour}, {@code day}, {@code week} or {@code
   * month}.
   *
   * @return the time unit: {@code minute}, {@code hour}, {@code day}, {@code week} or {@code
   *     month}, or empty when not set
   */
  public Optional<String> timeUnit() {
    return Optional.ofNullable(timeUnit);
  }

  /**
   * Returns the flow variable holding the time unit.
   *
   * @return the flow variable holding the time unit, or empty when not set
   */
  public Optional<String> timeUnitRef() {
    return Optional.ofNullable(timeUnitRef);
  }

  /**
   * Returns the start of the first window for calendar quotas, {@code yyyy-MM-dd HH:mm:ss}.
   *
   * @return the start of the first window for calendar quotas, {@code yyyy-MM-dd HH:mm:ss}, or
   *     empty when not set
   */
  public Optional<String> startTime() {
    return Optional.ofNullable(startTime);
  }

  /**
   * Returns the flow variable holding each message's weight, e.g. {@code total_token_count}.
   *
   * @return the flow variable holding each message's weight, e.g. {@code total_token_count}, or
   *     empty when not set
   */
  public Optional<String> messageWeightRef() {
    return Optional.ofNullable(messageWeightRef);
  }

  /**
   * Returns whether counters are shared across message processors.
   *
   * @return whether counters are shared across message processors, or empty when not set
   */
  public Optional<Boolean> distributed() {
    return Optional.ofNullable(distributed);
  }

  /**
   * Returns whether the shared counter is updated synchronously.
   *
   * @return whether the shared counter is updated synchronously, or empty when not set
   */
  public Optional<Boolean> synchronous() {
    return Optional.ofNullable(synchronous);
  }

  /**
   * Returns whether the policy only counts and never rejects (default false).
   *
   * @return whether the policy only counts and never rejects (default false)
   */
  public boolean countOnly() {
    return countOnly;
  }

  /**
   * Returns whether the policy only checks and never counts (default false).
   *
   * @return whether the policy only checks and never counts (default false)
   */
  public boolean enforceOnly() {
    return enforceOnly;
  }

  /**
   * Returns the name of the counter shared by an EnforceOnly and a CountOnly policy.
   *
   * @return the name of the counter shared by an EnforceOnly and a CountOnly policy, or empty when
   *     not set
   */
  public Optional<String> sharedName() {
    return Optional.ofNullable(sharedName);
  }

  @Override
  public String toXml() {
    Element root = policyElement("Quota");
    if (type != QuotaType.DEFAULT) {
      root.setAttribute("type", type.wireValue());
    }
    if (identifierRef != null) {
      Xml.child(root, "Identifier").setAttribute("ref", identifierRef);
    }
    Element allow = Xml.child(root, "Allow");
    if (allowCount != null) {
      allow.setAttribute("count", Long.toString(allowCount));
    }
    if (allowCountRef != null) {
      allow.setAttribute("countRef", allowCountRef);
    }
    Xml.valueOrRef(
        root, "Interval", interval == null ? null : Long.toString(interval), intervalRef);
    Xml.valueOrRef(root, "TimeUnit", timeUnit, timeUnitRef);
    if (startTime != null) {
      Xml.child(root, "StartTime", startTime);
    }
    if (messageWeightRef != null) {
      Xml.child(root, "MessageWeight").setAttribute("ref", messageWeightRef);
    }
    if (distributed != null) {
      Xml.child(root, "Distributed", distributed.toString());
    }
    if (synchronous != null) {
      Xml.child(root, "Synchronous", synchronous.toString());
    }
    if (countOnly) {
      Xml.child(root, "CountOnly", "true");
    }
    if (enforceOnly) {
      Xml.child(root, "EnforceOnly", "true");
    }
    if (sharedName != null) {
      Xml.child(root, "SharedName", sharedName);
    }
    return Xml.toString(root);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof QuotaPolicy)) {
      return false;
    }
    QuotaPolicy o = (QuotaPolicy) other;
    return commonEquals(o)
        && Objects.equals(type, o.type)
        && Objects.equals(identifierRef, o.identifierRef)
        && Objects.equals(allowCount, o.allowCount)
        && Objects.equals(allowCountRef, o.allowCountRef)
        && Objects.equals(interval, o.interval)
        && Objects.equals(intervalRef, o.intervalRef)
        && Objects.equals(timeUnit, o.timeUnit)
        && Objects.equals(timeUnitRef, o.timeUnitRef)
        && Objects.equals(startTime, o.startTime)
        && Objects.equals(messageWeightRef, o.messageWeightRef)
        && Objects.equals(distributed, o.distributed)
        && Objects.equals(synchronous, o.synchronous)
        && countOnly == o.countOnly
        && enforceOnly == o.enforceOnly
        && Objects.equals(sharedName, o.sharedName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        commonHashCode(),
        type,
        identifierRef,
        allowCount,
        allowCountRef,
        interval,
        intervalRef,
        timeUnit,
        timeUnitRef,
        startTime,
        messageWeightRef,
        distributed,
        synchronous,
        countOnly,
        enforceOnly,
        sharedName);
  }

  @Override
  public String toString() {
    return "QuotaPolicy{"
        + commonToString()
        + ", "
        + "type="
        + type
        + ", "
        + "identifierRef="
        + identifierRef
        + ", "
        + "allowCount="
        + allowCount
        + ", "
        + "allowCountRef="
        + allowCountRef
        + ", "
        + "interval="
        + interval
        + ", "
        + "intervalRef="
        + intervalRef
        + ", "
        + "timeUnit="
        + timeUnit
        + ", "
        + "timeUnitRef="
        + timeUnitRef
        + ", "
        + "startTime="
        + startTime
        + ", "
        + "messageWeightRef="
        + messageWeightRef
        + ", "
        + "distributed="
        + distributed
        + ", "
        + "synchronous="
        + synchronous
        + ", "
        + "countOnly="
        + countOnly
        + ", "
        + "enforceOnly="
        + enforceOnly
        + ", "
        + "sharedName="
        + sharedName
        + "}";
  }

  /** Builder of {@link QuotaPolicy}. */
  public static final class Builder extends AbstractPolicy.Builder<Builder> {

    private QuotaType type = QuotaType.DEFAULT;
    private @Nullable String identifierRef;
    private @Nullable Long allowCount;
    private @Nullable String allowCountRef;
    private @Nullable Long interval;
    private @Nullable String intervalRef;
    private @Nullable String timeUnit;
    private @Nullable String timeUnitRef;
    private @Nullable String startTime;
    private @Nullable String messageWeightRef;
    private @Nullable Boolean distributed;
    private @Nullable Boolean synchronous;
    private boolean countOnly;
    private boolean enforceOnly;
    private @Nullable String sharedName;

    private Builder() {}

    private Builder(QuotaPolicy v) {
      super(v);
      this.type = v.type;
      this.identifierRef = v.identifierRef;
      this.allowCount = v.allowCount;
      this.allowCountRef = v.allowCountRef;
      this.interval = v.interval;
      this.intervalRef = v.intervalRef;
      this.timeUnit = v.timeUnit;
      this.timeUnitRef = v.timeUnitRef;
      this.startTime = v.startTime;
      this.messageWeightRef = v.messageWeightRef;
      this.distributed = v.distributed;
      this.synchronous = v.synchronous;
      this.countOnly = v.countOnly;
      this.enforceOnly = v.enforceOnly;
      this.sharedName = v.sharedName;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the quota type (default {@link QuotaType#DEFAULT}).
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(QuotaType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the flow variable whose value identifies the counter, e.g. {@code client_id}.
     *
     * @param identifierRef the value, or null to unset
     * @return this builder
     */
    public Builder identifierRef(@Nullable String identifierRef) {
      this.identifierRef = identifierRef;
      return this;
    }

    /**
     * Sets the allowed count per window.
     *
     * @param allowCount the value, or null to unset
     * @return this builder
     */
    public Builder allowCount(@Nullable Long allowCount) {
      this.allowCount = allowCount;
      return this;
    }

    /**
     * Sets the flow variable holding the allowed count (takes precedence over the count).
     *
     * @param allowCountRef the value, or null to unset
     * @return this builder
     */
    public Builder allowCountRef(@Nullable String allowCountRef) {
      this.allowCountRef = allowCountRef;
      return this;
    }

    /**
     * Sets the number of time units per window.
     *
     * @param interval the value, or null to unset
     * @return this builder
     */
    public Builder interval(@Nullable Long interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Sets the flow variable holding the interval.
     *
     * @param intervalRef the value, or null to unset
     * @return this builder
     */
    public Builder intervalRef(@Nullable String intervalRef) {
      this.intervalRef = intervalRef;
      return this;
    }

    /**
     * Sets the time unit: {@code minute}, {@code hour}, {@code day}, {@code week} or {@code month}.
     *
     * @param timeUnit the value, or null to unset
     * @return this builder
     */
    public Builder timeUnit(@Nullable String timeUnit) {
      this.timeUnit = timeUnit;
      return this;
    }

    /**
     * Sets the time unit: minute, hour, day, week or month.
     *
     * @param timeUnit the unit
     * @return this builder
     */
    public Builder timeUnit(QuotaTimeUnit timeUnit) {
      return timeUnit(timeUnit.value());
    }

    /**
     * Sets the flow variable holding the time unit.
     *
     * @param timeUnitRef the value, or null to unset
     * @return this builder
     */
    public Builder timeUnitRef(@Nullable String timeUnitRef) {
      this.timeUnitRef = timeUnitRef;
      return this;
    }

    /**
     * Sets the start of the first window for calendar quotas, {@code yyyy-MM-dd HH:mm:ss}.
     *
     * @param startTime the value, or null to unset
     * @return this builder
     */
    public Builder startTime(@Nullable String startTime) {
      this.startTime = startTime;
      return this;
    }

    /**
     * Sets the flow variable holding each message's weight, e.g. {@code total_token_count}.
     *
     * @param messageWeightRef the value, or null to unset
     * @return this builder
     */
    public Builder messageWeightRef(@Nullable String messageWeightRef) {
      this.messageWeightRef = messageWeightRef;
      return this;
    }

    /**
     * Sets whether counters are shared across message processors.
     *
     * @param distributed the value, or null to unset
     * @return this builder
     */
    public Builder distributed(@Nullable Boolean distributed) {
      this.distributed = distributed;
      return this;
    }

    /**
     * Sets whether the shared counter is updated synchronously.
     *
     * @param synchronous the value, or null to unset
     * @return this builder
     */
    public Builder synchronous(@Nullable Boolean synchronous) {
      this.synchronous = synchronous;
      return this;
    }

    /**
     * Sets whether the policy only counts and never rejects (default false).
     *
     * @param countOnly the value
     * @return this builder
     */
    public Builder countOnly(boolean countOnly) {
      this.countOnly = countOnly;
      return this;
    }

    /**
     * Sets whether the policy only checks and never counts (default false).
     *
     * @param enforceOnly the value
     * @return this builder
     */
    public Builder enforceOnly(boolean enforceOnly) {
      this.enforceOnly = enforceOnly;
      return this;
    }

    /**
     * Sets the name of the counter shared by an EnforceOnly and a CountOnly policy.
     *
     * @param sharedName the value, or null to unset
     * @return this builder
     */
    public Builder sharedName(@Nullable String sharedName) {
      this.sharedName = sharedName;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public QuotaPolicy build() {
      return new QuotaPolicy(this);
    }
  }
}
