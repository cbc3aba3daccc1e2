package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;
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
@Value.Immutable
@ValueStyle
public abstract class QuotaPolicy extends AbstractPolicy implements QuotaSettings {

  QuotaPolicy() {}

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
   * Returns the quota type (default {@link QuotaType#DEFAULT}).
   *
   * @return the quota type
   */
  @Value.Default
  public QuotaType type() {
    return QuotaType.DEFAULT;
  }

  /**
   * Returns the flow variable whose value identifies the counter, e.g. {@code client_id}.
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> identifierRef();

  /**
   * Returns the allowed count per window.
   *
   * @return the count, or empty when not set
   */
  public abstract Optional<Long> allowCount();

  /**
   * Returns the flow variable holding the allowed count (takes precedence over the count).
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> allowCountRef();

  /**
   * Returns the number of time units per window.
   *
   * @return the interval, or empty when not set
   */
  public abstract Optional<Long> interval();

  /**
   * Returns the flow variable holding the interval.
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> intervalRef();

  /**
   * Returns the time unit: {@code minute}, {@code hour}, {@code day}, {@code week} or {@code
   * month}.
   *
   * @return the time unit, or empty when not set
   */
  public abstract Optional<String> timeUnit();

  /**
   * Returns the flow variable holding the time unit.
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> timeUnitRef();

  /**
   * Returns the start of the first window for calendar quotas, {@code yyyy-MM-dd HH:mm:ss} in UTC
   * (months, days and hours may be written without a leading zero, as Google's own samples do).
   *
   * @return the start time, or empty when not set
   */
  public abstract Optional<String> startTime();

  /**
   * Returns the flow variable holding each message's weight, e.g. {@code total_token_count}.
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> messageWeightRef();

  /**
   * Returns whether the counter is shared by all message processors (default true). Apigee X runs
   * several message processors per environment; a non-distributed quota counts on each of them
   * separately, so callers would get the limit once per processor (apigeelint PO022 warns). Set it
   * to false only for a quota meant per processor.
   *
   * @return whether the counter is distributed
   */
  @Value.Default
  public boolean distributed() {
    return true;
  }

  /**
   * Returns whether the shared counter is updated synchronously.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> synchronous();

  /**
   * Returns whether the policy only counts (after the call) and never rejects (default false).
   *
   * @return whether the policy only counts
   */
  @Value.Default
  public boolean countOnly() {
    return false;
  }

  /**
   * Returns whether the policy only checks (before the call) and never counts (default false).
   *
   * @return whether the policy only checks
   */
  @Value.Default
  public boolean enforceOnly() {
    return false;
  }

  /**
   * Returns the name of the counter shared by an EnforceOnly and a CountOnly policy.
   *
   * @return the shared name, or empty when not set
   */
  public abstract Optional<String> sharedName();

  @Value.Check
  void check() {
    checkName();
    QuotaRules.check(this);
  }

  @Override
  public String toXml() {
    Element root = policyElement("Quota");
    if (type() != QuotaType.DEFAULT) {
      root.setAttribute("type", type().wireValue());
    }
    QuotaRules.appendLimit(root, this);
    startTime().ifPresent(t -> Xml.child(root, "StartTime", t));
    messageWeightRef().ifPresent(r -> Xml.child(root, "MessageWeight").setAttribute("ref", r));
    Xml.child(root, "Distributed", Boolean.toString(distributed()));
    synchronous().ifPresent(s -> Xml.child(root, "Synchronous", s.toString()));
    if (countOnly()) {
      Xml.child(root, "CountOnly", "true");
    }
    if (enforceOnly()) {
      Xml.child(root, "EnforceOnly", "true");
    }
    sharedName().ifPresent(n -> Xml.child(root, "SharedName", n));
    return Xml.toString(root);
  }

  /** Builder of {@link QuotaPolicy}. */
  public static final class Builder extends ImmutableQuotaPolicy.Builder {
    Builder() {}

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
     * Sets the start of the first window of a calendar quota, written as {@code yyyy-MM-dd
     * HH:mm:ss} (UTC).
     *
     * @param startTime the start, in UTC
     * @return this builder
     */
    public Builder startTime(LocalDateTime startTime) {
      return startTime(QuotaRules.START_TIME.format(startTime));
    }
  }
}
