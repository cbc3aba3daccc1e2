/**
 * Chat completions ({@code POST /v1/chat/completions}): {@link
 * dev.llmgateway.client.chat.ChatCompletionRequest}, the result {@link
 * dev.llmgateway.client.chat.ChatCompletion}, stream chunks {@link
 * dev.llmgateway.client.chat.ChatCompletionChunk} and {@link
 * dev.llmgateway.client.chat.ChatCompletionAccumulator} to merge them.
 *
 * <p>All wire values are immutable, compare by value, keep JSON properties they do not model
 * ({@code additionalProperties()}) and write them back when serialized.
 *
 * <pre>{@code
 * ChatCompletionRequest request = ChatCompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it")
 *     .addSystemMessage("Answer in one sentence.")
 *     .addUserMessage("What is the capital of France?")
 *     .maxTokens(20)
 *     .build();
 * String answer = client.chat().create(request).choices().get(0).message().content().orElse("");
 *
 * ChatCompletionAccumulator all = ChatCompletionAccumulator.create();
 * try (StreamResponse<ChatCompletionChunk> stream = client.chat().stream(request)) {
 *   stream.stream().forEach(all);
 * }
 * ChatCompletion merged = all.build();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.client.chat;

import org.jspecify.annotations.NullMarked;
