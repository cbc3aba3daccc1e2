package dev.llmgateway.client.internal.error;

import dev.llmgateway.client.internal.retry.QuotaResetEstimator;
import org.jspecify.annotations.Nullable;

/** The exception type an error maps to. */
enum ErrorKind {
  AUTHENTICATION,
  QUOTA,
  RATE_LIMITED,
  BAD_REQUEST,
  NOT_FOUND,
  UNAVAILABLE,
  TIMEOUT,
  SERVER;

  /** Maps an HTTP status, or an int {@code code} of a vLLM error, to a kind. */
  static ErrorKind ofStatus(int status) {
    switch (status) {
      case 401:
      case 403:
        return AUTHENTICATION;
      case 404:
        return NOT_FOUND;
      case 408:
      case 504:
        return TIMEOUT;
      case 429:
        return RATE_LIMITED;
      case 502:
      case 503:
        return UNAVAILABLE;
      default:
        return status >= 400 && status < 500 ? BAD_REQUEST : SERVER;
    }
  }

  /**
   * Maps an error to a kind by its code (Apigee {@code errorcode}, Endpoint Picker code, vLLM
   * {@code code}), falling back to the HTTP status; never by message text.
   */
  static ErrorKind of(int status, ParsedError p) {
    String code = p.code;
    if (code != null) {
      ErrorKind byCode;
      switch (p.source) {
        case APIGEE:
          byCode = apigee(code);
          break;
        case GATEWAY:
          byCode = endpointPicker(code);
          break;
        default:
          byCode = modelServer(code, p.intCode);
          break;
      }
      if (byCode != null) {
        return byCode;
      }
    }
    return ofStatus(status);
  }

  private static @Nullable ErrorKind apigee(String code) {
    switch (code) {
      case QuotaResetEstimator.REQUEST_QUOTA:
      case QuotaResetEstimator.TOKEN_QUOTA:
        return QUOTA;
      case "policies.ratelimit.SpikeArrestViolation":
      case "policies.prompttokenlimit.PromptTokenLimitViolation":
        return RATE_LIMITED;
      // Apigee's AI policies could not read the call: the request lacks what they read.
      case "policies.llmtokenquota.FailedToResolveModelName":
      case "policies.prompttokenlimit.FailedToExtractUserPrompt":
        return BAD_REQUEST;
      // ... or failed on their own side (the token usage is read after the model answered).
      case "policies.llmtokenquota.FailedToResolveTokenUsageCount":
      case "policies.prompttokenlimit.FailedToCalculateUserPromptTokens":
        return SERVER;
      case "messaging.adaptors.http.flow.GatewayTimeout":
        return TIMEOUT;
      case "messaging.adaptors.http.flow.ServiceUnavailable":
      case "messaging.adaptors.http.flow.NoActiveTargets":
        return UNAVAILABLE;
      default:
        // Every API-key and OAuth fault family (key missing, unknown, revoked, expired, app or
        // developer not approved, product does not cover the resource).
        if (code.startsWith("steps.oauth.v2.")
            || code.startsWith("oauth.v2.")
            || code.startsWith("keymanagement.service.")) {
          return AUTHENTICATION;
        }
        // A Model Armor template blocked the prompt or the answer (SanitizeUserPrompt,
        // SanitizeModelResponse); observed prefixes differ, the fault name does not.
        if (isModelArmorBlock(code)) {
          return BAD_REQUEST;
        }
        return null;
    }
  }

  /**
   * Tells whether an Apigee errorcode is a Model Armor filter match: {@code steps.sanitize.}...
   * {@code .FilterMatched}.
   */
  static boolean isModelArmorBlock(@Nullable String code) {
    return code != null && code.startsWith("steps.sanitize.") && code.endsWith(".FilterMatched");
  }

  private static @Nullable ErrorKind endpointPicker(String code) {
    switch (code) {
      case "InferencePoolResourceExhausted":
        return RATE_LIMITED;
      case "ServiceUnavailable":
        return UNAVAILABLE;
      case "BadRequest":
        return BAD_REQUEST;
      case "NotFound":
        return NOT_FOUND;
      case "Internal":
      case "BadConfiguration":
        return SERVER;
      default:
        return null;
    }
  }

  private static @Nullable ErrorKind modelServer(String code, @Nullable Integer intCode) {
    if (intCode != null) {
      return intCode >= 400 && intCode < 600 ? ofStatus(intCode) : null;
    }
    switch (code) {
      case "context_length_exceeded":
        return BAD_REQUEST;
      case "model_not_found":
        return NOT_FOUND;
      case "invalid_api_key":
        return AUTHENTICATION;
      case "rate_limit_exceeded":
        return RATE_LIMITED;
      default:
        return null;
    }
  }
}
