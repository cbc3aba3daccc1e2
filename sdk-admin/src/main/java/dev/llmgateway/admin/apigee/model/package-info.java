/**
 * Values of the Apigee management API: developers, developer apps and their credentials, API
 * products with operation groups and quotas, proxy revisions and deployments.
 *
 * <p>All values are immutable with {@code builder()} and {@code toBuilder()}. Properties this SDK
 * does not model are kept in {@code additionalProperties()} where an update sends the whole
 * resource back. Consumer keys and secrets never appear in {@code toString()}.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.model;
