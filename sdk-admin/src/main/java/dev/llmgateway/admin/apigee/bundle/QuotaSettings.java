package dev.llmgateway.admin.apigee.bundle;

import java.util.Optional;

/**
 * What the Quota and LLMTokenQuota policies share: the limit ({@code Allow}, {@code Interval},
 * {@code TimeUnit}, each a literal and/or a flow variable), the window type and start, and the
 * EnforceOnly / CountOnly pair on a shared counter. {@link QuotaRules} checks it once for both.
 */
interface QuotaSettings {

  String name();

  QuotaType type();

  Optional<String> identifierRef();

  Optional<Long> allowCount();

  Optional<String> allowCountRef();

  Optional<Long> interval();

  Optional<String> intervalRef();

  Optional<String> timeUnit();

  Optional<String> timeUnitRef();

  Optional<String> startTime();

  boolean distributed();

  Optional<Boolean> synchronous();

  boolean countOnly();

  boolean enforceOnly();

  Optional<String> sharedName();
}
