/**
 * The client for an LLM gateway built from the GKE Inference Gateway and Apigee: {@link
 * dev.llmgateway.client.GatewayClient} and its options.
 *
 * <pre>{@code
 * GatewayClient client = GatewayClient.builder()
 *     .baseUrl("http://10.0.0.1:80")
 *     .apiKey(System.getenv("LLM_GATEWAY_API_KEY"))
 *     .build();
 * ChatCompletion c = client.chat().create(ChatCompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it").addUserMessage("What is the capital of France?")
 *     .maxTokens(10).build());
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.client;
