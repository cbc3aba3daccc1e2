/**
 * The contracts between the emulator's parts: {@link dev.llmgateway.emulator.internal.ClusterState}
 * (what was applied to the Kubernetes API) and {@link dev.llmgateway.emulator.internal.Governance}
 * (the Apigee runtime as the front door calls it). Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal;
