package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.SpikeRate;
import dev.llmgateway.emulator.internal.apigee.store.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Apigee's runtime faults, byte for byte (DESIGN 9.1): {@code
 * {"fault":{"faultstring":"..","detail":{"errorcode":".."}}}} in compact JSON, {@code Content-Type:
 * application/json}, no {@code Retry-After}. Faultstrings marked "not verified" below are the
 * emulator's best guess; the others are what Apigee sends.
 */
public final class ApigeeFaults {

  /** The operator's default-security fault's name. */
  public static final String DEFAULT_SECURITY_FAULT = "RF-insufficient-request-raise-fault";

  private ApigeeFaults() {}

  /**
   * Builds a fault.
   *
   * @param status the HTTP status
   * @param errorcode the {@code detail.errorcode}
   * @param faultstring the {@code faultstring}
   * @return the fault
   */
  public static Fault of(int status, String errorcode, String faultstring) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("errorcode", errorcode);
    Map<String, Object> fault = new LinkedHashMap<>();
    fault.put("faultstring", faultstring);
    fault.put("detail", detail);
    byte[] body = Json.MAPPER.writeValueAsBytes(Map.of("fault", fault));
    return new Fault(status, Map.of("Content-Type", "application/json"), body);
  }

  /**
   * Returns the target read timeout fault, for the front door to answer when the model server does
   * not answer in time while Apigee is in the path: 504, {@code
   * messaging.adaptors.http.flow.GatewayTimeout} with {@code detail.reason} {@code
   * TARGET_READ_TIMEOUT}.
   *
   * @return the fault
   */
  public static Fault gatewayTimeout() {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("errorcode", "messaging.adaptors.http.flow.GatewayTimeout");
    detail.put("reason", "TARGET_READ_TIMEOUT");
    Map<String, Object> fault = new LinkedHashMap<>();
    fault.put("faultstring", "Gateway Timeout");
    fault.put("detail", detail);
    return new Fault(
        504,
        Map.of("Content-Type", "application/json"),
        Json.MAPPER.writeValueAsBytes(Map.of("fault", fault)));
  }

  static Fault missingKey(String variable) {
    return of(
        401,
        "steps.oauth.v2.FailedToResolveAPIKey",
        "Failed to resolve API Key variable " + variable);
  }

  static Fault invalidKey() {
    return of(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey");
  }

  static Fault keyNotApproved() {
    return of(401, "oauth.v2.ApiKeyNotApproved", "ApiKey not approved");
  }

  /** Not verified: the faultstring is a guess. */
  static Fault keyExpired() {
    return of(401, "keymanagement.service.consumer_key_expired", "Consumer key has expired");
  }

  /** Not verified: the faultstring is a guess. */
  static Fault appNotApproved() {
    return of(401, "keymanagement.service.invalid_client-app_not_approved", "App is not approved");
  }

  static Fault developerInactive() {
    return of(
        401, "keymanagement.service.DeveloperStatusNotActive", "Developer Status is not Active");
  }

  static Fault invalidForResource() {
    return of(401, "oauth.v2.InvalidApiKeyForGivenResource", "Invalid ApiKey for given resource");
  }

  static Fault quotaViolation(String identifier) {
    return of(
        429,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : " + identifier);
  }

  /** DESIGN 9.1's LLM token quota fault. */
  static Fault llmTokenQuotaViolation(String identifier) {
    return of(
        429,
        "policies.llmtokenquota.LLMTokenQuotaViolation",
        "Rate limit LLM Token quota violation. Quota limit exceeded. Identifier : " + identifier);
  }

  /**
   * Not verified: the status (400) is as reported from Apigee X, the faultstring the emulator's.
   */
  static Fault llmModelUnresolved(String policy) {
    return of(
        400,
        "policies.llmtokenquota.FailedToResolveModelName",
        "Failed to resolve model name in LLMTokenQuota policy " + policy);
  }

  /**
   * Not verified: the status (500) is as reported from Apigee X, the faultstring the emulator's.
   */
  static Fault llmUsageUnresolved(String policy) {
    return of(
        500,
        "policies.llmtokenquota.FailedToResolveTokenUsageCount",
        "Failed to resolve token usage count in LLMTokenQuota policy " + policy);
  }

  /** Not verified: the errorcode is as reported from Apigee X, the faultstring the emulator's. */
  static Fault promptTokenLimit(SpikeRate rate) {
    return of(
        429,
        "policies.prompttokenlimit.PromptTokenLimitViolation",
        "Prompt token limit violation. Allowed rate : "
            + rate.messages()
            + (rate.perMinute() ? "pm" : "ps"));
  }

  /**
   * Not verified: the status (400) is as reported from Apigee X, the faultstring the emulator's.
   */
  static Fault promptNotExtracted(String policy) {
    return of(
        400,
        "policies.prompttokenlimit.FailedToExtractUserPrompt",
        "Failed to extract user prompt in PromptTokenLimit policy " + policy);
  }

  /**
   * The allowed rate is rendered as Apigee's {@code MessageRate{..}} (as seen in public Apigee
   * responses); {@code maxBurstMessageCount} is the emulator's choice (1 when smoothing, the rate
   * when UseEffectiveCount is on).
   */
  static Fault spikeArrest(SpikeRate rate, boolean effectiveCount) {
    return of(
        429,
        "policies.ratelimit.SpikeArrestViolation",
        "Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod="
            + rate.messages()
            + ", periodInMicroseconds="
            + rate.periodMicros()
            + ", maxBurstMessageCount="
            + (effectiveCount ? (double) rate.messages() : 1.0)
            + "}");
  }

  static Fault raiseFault(int status, String policy) {
    return of(status, "steps.raisefault.RaiseFault", "Raising fault. Fault name : " + policy);
  }

  static Fault defaultSecurity() {
    return raiseFault(500, DEFAULT_SECURITY_FAULT);
  }

  static Fault invalidMessageWeight(String value) {
    return of(
        500, "policies.ratelimit.InvalidMessageWeight", "Invalid message weight value " + value);
  }

  /** Apigee's message, including its literal {@code {1}}. */
  static Fault unresolvedInterval(String ref) {
    return of(
        500,
        "policies.ratelimit.FailedToResolveQuotaIntervalReference",
        "Failed to resolve quota interval reference " + ref + " in quota policy {1}");
  }

  /** Apigee's message, including its literal {@code {1}}. */
  static Fault unresolvedTimeUnit(String ref) {
    return of(
        500,
        "policies.ratelimit.FailedToResolveQuotaIntervalTimeUnitReference",
        "Failed to resolve quota time unit reference " + ref + " in quota policy {1}");
  }

  /** Not verified: errorcode and faultstring are the emulator's. */
  static Fault unresolvedAllow(String ref) {
    return of(
        500,
        "policies.ratelimit.FailedToResolveAllowCountReference",
        "Failed to resolve allow count reference " + ref + " in quota policy {1}");
  }

  /** Not verified: errorcode and faultstring are the emulator's. */
  static Fault unresolvedSpikeRate(String ref) {
    return of(
        500,
        "policies.ratelimit.FailedToResolveSpikeArrestRate",
        "Failed to resolve Spike Arrest Rate reference " + ref + " in SpikeArrest policy {1}");
  }

  /** Not verified: errorcode and faultstring are the emulator's. */
  static Fault unresolvedVariable(String policyPrefix, String variable) {
    return of(
        500, "steps." + policyPrefix + ".UnresolvedVariable", "Unresolved variable : " + variable);
  }

  /** Not verified: errorcode and faultstring are the emulator's. */
  static Fault jsonPathFailure(String policy, String source) {
    return of(
        500,
        "steps.extractvariables.JsonPathParsingFailure",
        "ExtractVariables " + policy + ": Json path parsing failed for flow variable " + source);
  }
}
