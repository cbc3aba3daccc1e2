/**
 * Builders for Apigee API proxy bundles: policies (VerifyAPIKey, Quota incl. flexi,
 * ExtractVariables, SpikeArrest, AssignMessage, RaiseFault), proxy and target endpoints, and the
 * zip layout with root {@code apiproxy/} that the management API imports.
 *
 * <p>{@link dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset} builds the guide's token-quota
 * proxy.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.bundle;
