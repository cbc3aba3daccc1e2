/**
 * Apigee Operator for Kubernetes resources ({@code apim.googleapis.com/v1}): {@link
 * dev.llmgateway.admin.k8s.apim.ApigeeBackendService}, {@link
 * dev.llmgateway.admin.k8s.apim.ApiProduct} and {@link
 * dev.llmgateway.admin.k8s.apim.ApiOperationSet}.
 *
 * <p>The operator's CRDs are not published, so these classes model the fields the setup guide uses
 * and keep every other field they read (unknown fields round-trip unchanged). The operator reports
 * progress in {@code status.state} ({@code CREATED} or {@code RUNNING} when done) and problems in
 * {@code status.errorMessage}; both names are inferred from the printed columns {@code STATE} and
 * {@code ERRORMESSAGE} and not verified against a schema.
 *
 * <pre>{@code
 * ApigeeBackendService backend = ApigeeBackendService.builder()
 *     .name("apigee-backend").namespace("ira-online-gpu")
 *     .apigeeEnv("apim-enabled-dep-env")
 *     .location("us-central1", "my-project-id", "acp-dev", "acp-dev")
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s.apim;

import org.jspecify.annotations.NullMarked;
