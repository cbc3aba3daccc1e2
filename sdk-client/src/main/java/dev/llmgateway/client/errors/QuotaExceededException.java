package dev.llmgateway.client.errors;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an Apigee quota is used up: the request quota ({@code
 * policies.ratelimit.QuotaViolation}) or the LLM token quota ({@code
 * policies.llmtokenquota.LLMTokenQuotaViolation}). Apigee Edge sends these with HTTP 500; they are
 * classified by error code, not status.
 *
 * <p>Apigee sends no {@code Retry-After}; {@link #resetAt()} is the client's best estimate of when
 * the quota window resets, from the configured quota window.
 */
public final class QuotaExceededException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /** The estimated reset, or null. */
  private final @Nullable Instant resetAt;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param resetAt the estimated reset time, or null when unknown
   */
  public QuotaExceededException(String message, ErrorContext context, @Nullable Instant resetAt) {
    super(message, context, null);
    this.resetAt = resetAt;
  }

  /**
   * Returns the best estimate of when the quota window resets, if one could be made.
   *
   * @return the estimated reset time
   */
  public Optional<Instant> resetAt() {
    return Optional.ofNullable(resetAt);
  }
}
