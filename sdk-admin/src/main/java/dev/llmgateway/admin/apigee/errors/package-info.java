/**
 * Unchecked exceptions thrown by the Apigee client, rooted at {@link
 * dev.llmgateway.admin.apigee.errors.ApigeeException}.
 *
 * <p>Management API errors arrive in the {@code google.rpc.Status} envelope {@code
 * {"error":{"code","message","status","details":[...]}}}; the exception type follows {@code status}
 * (or the HTTP status when the body has no envelope) and keeps the code, status, message, details
 * and the violations found in the details. Messages never contain access tokens or consumer keys.
 *
 * <pre>{@code
 * try {
 *   apigee.apiProducts().get("api-inf-gw-product");
 * } catch (ApigeeNotFoundException e) {
 *   // absent: create it
 * } catch (ApigeeException e) {
 *   System.err.println(e.statusCode() + " " + e.status() + " " + e.violations());
 * }
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.errors;
