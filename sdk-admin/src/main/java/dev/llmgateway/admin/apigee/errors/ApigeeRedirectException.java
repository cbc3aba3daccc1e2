package dev.llmgateway.admin.apigee.errors;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the management API answered with a redirect (HTTP 3xx). The client never follows
 * redirects: following one would send the access token, and the body of a create (for example a
 * consumer key and secret), to whatever host the {@code Location} header names. The management API
 * does not redirect, so a 3xx usually means a wrong {@code baseUrl} or a proxy in the way.
 */
public final class ApigeeRedirectException extends ApigeeException {

  private static final long serialVersionUID = 1L;

  /** Scheme, host and port the redirect pointed to, or null. */
  private final @Nullable String targetOrigin;

  /**
   * Creates the exception.
   *
   * @param message the message; must not contain secrets
   * @param statusCode the 3xx status code
   * @param targetOrigin scheme, host and port the redirect pointed to, or null without a usable
   *     {@code Location}
   */
  public ApigeeRedirectException(String message, int statusCode, @Nullable String targetOrigin) {
    super(message, statusCode, "", "", List.of(), null);
    this.targetOrigin = targetOrigin;
  }

  /**
   * Returns where the redirect pointed, as scheme, host and port only (a path or query could carry
   * secrets).
   *
   * @return the target origin, e.g. {@code https://example.com:443}, or empty without a usable
   *     {@code Location} header
   */
  public Optional<String> targetOrigin() {
    return Optional.ofNullable(targetOrigin);
  }
}
