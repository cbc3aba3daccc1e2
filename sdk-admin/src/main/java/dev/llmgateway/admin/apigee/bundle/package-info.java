/**
 * Builders for Apigee API proxy bundles: policies (VerifyAPIKey, Quota incl. flexi,
 * ExtractVariables, SpikeArrest, AssignMessage, RaiseFault, and Apigee's AI policies LLMTokenQuota,
 * PromptTokenLimit, SemanticCacheLookup, SemanticCachePopulate, SanitizeUserPrompt,
 * SanitizeModelResponse, MessageLogging to Cloud Logging), proxy and target endpoints (with an
 * EventFlow for streamed answers), and the zip layout with root {@code apiproxy/} that the
 * management API imports. Builders reject what Apigee would reject or silently ignore, and what
 * apigeelint 2.85.1 reports as an error with {@code --profile apigeex}.
 *
 * <p>Presets: {@link dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset} builds the guide's
 * token-quota proxy; {@link dev.llmgateway.admin.apigee.bundle.LlmTokenQuotaPreset}, {@link
 * dev.llmgateway.admin.apigee.bundle.PromptTokenLimitPreset}, {@link
 * dev.llmgateway.admin.apigee.bundle.SemanticCachePreset}, {@link
 * dev.llmgateway.admin.apigee.bundle.ModelArmorPreset} and {@link
 * dev.llmgateway.admin.apigee.bundle.LlmLoggingPreset} one AI feature each, and {@link
 * dev.llmgateway.admin.apigee.bundle.AiGatewayPreset} several in one proxy.
 *
 * <pre>{@code
 * ApiProxyBundle bundle = TokenQuotaPreset.bundle();        // the guide's token-quota proxy
 * Ensured<ProxyRevision> imported = apigee.apiProxies().ensureImported(bundle);
 * apigee.deployments().deploy(
 *     "apim-enabled-dep-env", apigee.apiProxies().revisionName(imported.value()), true);
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.bundle;
