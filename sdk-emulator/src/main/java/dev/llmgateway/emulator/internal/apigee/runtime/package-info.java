/**
 * The Apigee runtime as {@link dev.llmgateway.emulator.internal.Governance}: default security, key
 * and product checks, quotas and the execution of deployed proxies. Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.apigee.runtime;
