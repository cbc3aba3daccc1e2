package dev.llmgateway.admin.apigee.bundle;

import java.util.Optional;

/**
 * What the Quota and LLMTokenQuota policies share: the limit ({@code Allow}, {@code Interval},
 * {@code TimeUnit}, each a literal and/or a flow variable), the window type and start, and the
 * EnforceOnly / CountOnly pair on a shared counter. {@link QuotaRules} checks it once for both.
 */
interface QuotaSettings {

  /**
   * Returns the policy name.
   *
   * @return the policy name
   */
  String name();

  /**
   * Returns the window type.
   *
   * @return the window type
   */
  QuotaType type();

  /**
   * Returns the variable that separates counters, if any.
   *
   * @return the variable that separates counters, if any
   */
  Optional<String> identifierRef();

  /**
   * Returns the literal limit, if any.
   *
   * @return the literal limit, if any
   */
  Optional<Long> allowCount();

  /**
   * Returns the variable holding the limit, if any.
   *
   * @return the variable holding the limit, if any
   */
  Optional<String> allowCountRef();

  /**
   * Returns the literal interval, if any.
   *
   * @return the literal interval, if any
   */
  Optional<Long> interval();

  /**
   * Returns the variable holding the interval, if any.
   *
   * @return the variable holding the interval, if any
   */
  Optional<String> intervalRef();

  /**
   * Returns the literal time unit, if any.
   *
   * @return the literal time unit, if any
   */
  Optional<String> timeUnit();

  /**
   * Returns the variable holding the time unit, if any.
   *
   * @return the variable holding the time unit, if any
   */
  Optional<String> timeUnitRef();

  /**
   * Returns the start of the first window ({@code yyyy-MM-dd HH:mm:ss}), if any.
   *
   * @return the start of the first window ({@code yyyy-MM-dd HH:mm:ss}), if any
   */
  Optional<String> startTime();

  /**
   * Returns whether the counter is shared by all message processors.
   *
   * @return whether the counter is shared by all message processors
   */
  boolean distributed();

  /**
   * Returns whether the shared counter is updated synchronously, if set.
   *
   * @return whether the shared counter is updated synchronously, if set
   */
  Optional<Boolean> synchronous();

  /**
   * Returns whether the policy only counts.
   *
   * @return whether the policy only counts
   */
  boolean countOnly();

  /**
   * Returns whether the policy only enforces.
   *
   * @return whether the policy only enforces
   */
  boolean enforceOnly();

  /**
   * Returns the counter shared by a CountOnly / EnforceOnly pair, if any.
   *
   * @return the counter shared by a CountOnly / EnforceOnly pair, if any
   */
  Optional<String> sharedName();
}
