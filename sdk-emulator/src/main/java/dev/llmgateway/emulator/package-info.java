/**
 * The whole gateway on one machine: the Apigee runtime and management API, the Kubernetes API with
 * the status GKE's and Apigee's controllers write, the Endpoint Picker and vLLM-like model servers,
 * for local development, examples and tests. It is an emulator, not a production gateway.
 *
 * <p>In JUnit 5 tests, {@link dev.llmgateway.emulator.GatewayEmulatorExtension} starts one per test
 * class and injects it, or its clients, into test methods.
 *
 * <pre>{@code
 * try (GatewayEmulator emulator = GatewayEmulator.builder()
 *     .addModel("/gcs/google/gemma-3-1b-it")
 *     .clusterSetup(ClusterSetup.GUIDE)
 *     .start()) {
 *   GatewayClient client = emulator.gatewayClient();   // carries the guide app's API key
 *   ChatCompletion c = client.chat().create(ChatCompletionRequest.builder()
 *       .model("/gcs/google/gemma-3-1b-it").addUserMessage("Hi").build());
 * }
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator;
