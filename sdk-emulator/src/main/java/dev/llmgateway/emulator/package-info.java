/**
 * The whole gateway on one machine: the Apigee runtime and management API, the Kubernetes API with
 * the status GKE's and Apigee's controllers write, the Endpoint Picker and vLLM-like model servers,
 * for local development, examples and tests. It is an emulator, not a production gateway.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator;
