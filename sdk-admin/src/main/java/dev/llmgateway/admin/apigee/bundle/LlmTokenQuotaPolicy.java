package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * An LLMTokenQuota policy (Apigee X): a quota of LLM tokens per app and window. Apigee documents it
 * as a pair on one counter: an {@code EnforceOnly} policy on the request rejects calls once the
 * tokens used reach the limit, and a {@code CountOnly} policy on the response adds the tokens its
 * {@link #llmTokenUsageSource()} reads from the model's answer (for a streamed answer, in an
 * EventFlow of the target endpoint, from the event that carries the usage). Both must use the same
 * {@code SharedName}, identifier and model source, or the enforcer reads a counter nobody writes.
 * The limit may come from the API product the key belongs to ({@link Builder#productQuota}); the
 * literals are then the fallback. Over the limit the client gets HTTP 429 {@code
 * policies.llmtokenquota.LLMTokenQuotaViolation}, which sdk-client raises as {@code
 * QuotaExceededException}.
 *
 * <p>Left out because the reference's element table could not be read: {@code MessageWeight},
 * {@code UseQuotaConfigInAPIProduct}, the {@code default} and {@code flexi} types (Google's own
 * examples use {@code calendar} and {@code rollingwindow}) and any element defaults. {@link
 * #identifierRef()} is optional and, like on Quota, separates counters.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, exactly one of
 * {@code countOnly} and {@code enforceOnly}, {@code sharedName}, {@code allowCount} or {@code
 * allowCountRef}, {@code interval} or {@code intervalRef}, {@code timeUnit} or {@code timeUnitRef},
 * {@code startTime} for type calendar, and {@code llmTokenUsageSource} on the CountOnly policy.
 */
@Value.Immutable
@ValueStyle
public abstract class LlmTokenQuotaPolicy extends AbstractPolicy implements QuotaSettings {

  LlmTokenQuotaPolicy() {}

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
   * Returns the window type, {@link QuotaType#ROLLINGWINDOW} (default) or {@link
   * QuotaType#CALENDAR}.
   *
   * @return the window type
   */
  @Override
  @Value.Default
  public QuotaType type() {
    return QuotaType.ROLLINGWINDOW;
  }

  /**
   * Returns the flow variable that separates counters, e.g. {@code client_id}.
   *
   * @return the flow variable, or empty for one counter per model
   */
  @Override
  public abstract Optional<String> identifierRef();

  /**
   * Returns the tokens allowed per window (the fallback when {@link #allowCountRef()} resolves).
   *
   * @return the count, or empty when not set
   */
  @Override
  public abstract Optional<Long> allowCount();

  /**
   * Returns the flow variable holding the tokens allowed per window, e.g. the product's {@code
   * verifyapikey.VA.apiproduct.developer.llmQuota.limit}.
   *
   * @return the flow variable, or empty when not set
   */
  @Override
  public abstract Optional<String> allowCountRef();

  /**
   * Returns the number of time units per window.
   *
   * @return the interval, or empty when not set
   */
  @Override
  public abstract Optional<Long> interval();

  /**
   * Returns the flow variable holding the interval.
   *
   * @return the flow variable, or empty when not set
   */
  @Override
  public abstract Optional<String> intervalRef();

  /**
   * Returns the time unit: minute, hour, day, week or month.
   *
   * @return the time unit, or empty when not set
   */
  @Override
  public abstract Optional<String> timeUnit();

  /**
   * Returns the flow variable holding the time unit.
   *
   * @return the flow variable, or empty when not set
   */
  @Override
  public abstract Optional<String> timeUnitRef();

  /**
   * Returns the start of the first window of a calendar quota, {@code yyyy-MM-dd HH:mm:ss} (UTC).
   *
   * @return the start time, or empty when not set
   */
  @Override
  public abstract Optional<String> startTime();

  /**
   * Returns whether the counter is shared by all message processors (default true, as for {@link
   * QuotaPolicy#distributed()}).
   *
   * @return whether the counter is distributed
   */
  @Override
  @Value.Default
  public boolean distributed() {
    return true;
  }

  /**
   * Returns whether the shared counter is updated synchronously (Apigee's comparison page: only a
   * synchronous quota counts accurately across regions).
   *
   * @return the flag, or empty when not set
   */
  @Override
  public abstract Optional<Boolean> synchronous();

  /**
   * Returns the message template that reads the tokens used from the answer, e.g. {@code
   * {jsonPath('$.usage.total_tokens',response.content,true)}}.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> llmTokenUsageSource();

  /**
   * Returns the message template that reads the model name, e.g. {@code
   * {jsonPath('$.model',request.content,true)}}; the product's per-model token quota is chosen by
   * it.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> llmModelSource();

  /**
   * Returns whether this is the counting policy of the pair (on the response).
   *
   * @return whether the policy only counts
   */
  @Override
  @Value.Default
  public boolean countOnly() {
    return false;
  }

  /**
   * Returns whether this is the enforcing policy of the pair (on the request).
   *
   * @return whether the policy only enforces
   */
  @Override
  @Value.Default
  public boolean enforceOnly() {
    return false;
  }

  /**
   * Returns the name of the counter the pair shares.
   *
   * @return the shared name, or empty when not set
   */
  @Override
  public abstract Optional<String> sharedName();

  @Value.Check
  void check() {
    checkName();
    if (type() != QuotaType.CALENDAR && type() != QuotaType.ROLLINGWINDOW) {
      throw new IllegalArgumentException(
          "type must be CALENDAR or ROLLINGWINDOW (the types Google's LLMTokenQuota examples use)"
              + " but was "
              + type());
    }
    if (countOnly() == enforceOnly()) {
      throw new IllegalArgumentException(
          "exactly one of countOnly and enforceOnly must be true: Apigee documents LLMTokenQuota as"
              + " an EnforceOnly policy on the request and a CountOnly policy on the response");
    }
    QuotaRules.check(this);
    if (countOnly() && llmTokenUsageSource().isEmpty()) {
      throw new IllegalArgumentException(
          "llmTokenUsageSource must be set on a countOnly policy: it reads the tokens to count");
    }
    llmTokenUsageSource().ifPresent(t -> Templates.source(t, "llmTokenUsageSource"));
    llmModelSource().ifPresent(t -> Templates.source(t, "llmModelSource"));
  }

  @Override
  public String toXml() {
    Element root = bareElement("LLMTokenQuota");
    root.setAttribute("type", type().wireValue());
    QuotaRules.appendLimit(root, this);
    Xml.child(root, "Distributed", Boolean.toString(distributed()));
    synchronous().ifPresent(s -> Xml.child(root, "Synchronous", s.toString()));
    startTime().ifPresent(t -> Xml.child(root, "StartTime", t));
    llmTokenUsageSource().ifPresent(t -> Xml.child(root, "LLMTokenUsageSource", t));
    llmModelSource().ifPresent(t -> Xml.child(root, "LLMModelSource", t));
    Xml.child(root, countOnly() ? "CountOnly" : "EnforceOnly", "true");
    sharedName().ifPresent(n -> Xml.child(root, "SharedName", n));
    return Xml.toString(root);
  }

  /** Builder of {@link LlmTokenQuotaPolicy}. */
  public static final class Builder extends ImmutableLlmTokenQuotaPolicy.Builder {
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
     * Sets the start of the first window of a calendar quota (UTC).
     *
     * @param startTime the start, in UTC
     * @return this builder
     */
    public Builder startTime(LocalDateTime startTime) {
      return startTime(QuotaRules.START_TIME.format(startTime));
    }

    /**
     * Takes limit, interval and time unit from the LLM token quota of the API product that the key
     * verified by {@code verifyApiKeyPolicy} belongs to: {@code
     * verifyapikey.{policy}.apiproduct.developer.llmQuota.limit}, {@code .interval} and {@code
     * .timeunit} (Google's sample and tutorial). Literals set as well are the fallback.
     *
     * @param verifyApiKeyPolicy the name of the VerifyAPIKey policy that runs before
     * @return this builder
     */
    public Builder productQuota(String verifyApiKeyPolicy) {
      String prefix =
          "verifyapikey."
              + BundleNames.policy(verifyApiKeyPolicy)
              + ".apiproduct.developer.llmQuota.";
      return allowCountRef(prefix + "limit")
          .intervalRef(prefix + "interval")
          .timeUnitRef(prefix + "timeunit");
    }
  }
}
