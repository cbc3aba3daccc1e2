/**
 * The unchecked exceptions thrown by the gateway client.
 *
 * <p>Every failure is a {@link dev.llmgateway.client.errors.GatewayException}: its subtype says
 * what went wrong (authentication, quota, rate limit, bad request, ...), and it carries the HTTP
 * status, the error code of the layer that failed ({@link
 * dev.llmgateway.client.errors.ErrorSource}), the raw response body, the response headers, the
 * request id and the number of attempts made.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.client.errors;
