/**
 * Unchecked exceptions thrown by the Apigee client, rooted at {@link
 * dev.llmgateway.admin.apigee.errors.ApigeeException}.
 *
 * <p>Management API errors arrive in the {@code google.rpc.Status} envelope {@code
 * {"error":{"code","message","status","details":[...]}}}; the exception type follows {@code status}
 * (or the HTTP status when the body has no envelope) and keeps the code, status, message, details
 * and the violations found in the details. Messages never contain access tokens or consumer keys.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.errors;
