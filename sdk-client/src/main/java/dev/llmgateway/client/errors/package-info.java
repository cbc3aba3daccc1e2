/**
 * The unchecked exceptions thrown by the gateway client.
 *
 * <p>Every failure is a {@link dev.llmgateway.client.errors.GatewayException}: its subtype says
 * what went wrong (authentication, quota, rate limit, bad request, ...), and it carries the HTTP
 * status, the error code of the layer that failed ({@link
 * dev.llmgateway.client.errors.ErrorSource}), the raw response body, the response headers, the
 * request id and the number of attempts made.
 *
 * <pre>{@code
 * try {
 *   client.chat().create(request);
 * } catch (QuotaExceededException e) {          // Apigee Quota or LLMTokenQuota
 *   Instant retryAt = e.resetAt().orElse(null);
 * } catch (AuthenticationException e) {         // a missing, unknown or revoked API key
 *   System.err.println(e.getMessage());         // never contains the key
 * } catch (GatewayException e) {                // everything else
 *   System.err.println(e.statusCode() + " " + e.errorCode().orElse("") + " " + e.source());
 * }
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.client.errors;
