package dev.llmgateway.admin.apigee.internal;

import org.jspecify.annotations.Nullable;

/**
 * What one attempt got back: the status, the whole body and the headers the client acts on.
 *
 * @param code the HTTP status
 * @param body the response body, possibly empty
 * @param contentType the {@code Content-Type}, or null
 * @param retryAfterMs the {@code Retry-After-Ms} value, or null
 * @param retryAfter the {@code Retry-After} value, or null
 * @param redirectOrigin for a 3xx, the origin its {@code Location} points to, or null
 */
record Outcome(
    int code,
    byte[] body,
    @Nullable String contentType,
    @Nullable String retryAfterMs,
    @Nullable String retryAfter,
    @Nullable String redirectOrigin) {

  /** Returns how the retry rules see this outcome. */
  RetryRules.Result result() {
    return RetryRules.Result.of(code);
  }
}
