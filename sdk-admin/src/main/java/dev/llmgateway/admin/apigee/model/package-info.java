/**
 * Values of the Apigee management API: developers, developer apps and their credentials, API
 * products with operation groups and quotas, proxy revisions and deployments.
 *
 * <p>All values are immutable with {@code builder()} and {@code toBuilder()}. Properties this SDK
 * does not model are kept in {@code additionalProperties()} where an update sends the whole
 * resource back. Consumer keys and secrets never appear in {@code toString()}.
 *
 * <pre>{@code
 * ApiProduct product = ApiProduct.builder()
 *     .name("api-inf-gw-product").displayName("api-inf-gw-product").approvalType("auto")
 *     .addEnvironment("apim-enabled-dep-env")
 *     .operationGroup(OperationGroup.builder()
 *         .addOperationConfig(OperationConfig.builder()
 *             .apiSource("apigee-llm-inf-gw")
 *             .addOperation(Operation.builder().resource("/v1/chat/completions").addMethod("POST").build())
 *             .quota(Quota.of(100, 1, QuotaTimeUnit.MINUTE))
 *             .build())
 *         .build())
 *     .build();
 * Ensured<ApiProduct> ensured = apigee.apiProducts().ensure(product);
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.model;
