/**
 * Chat completions ({@code POST /v1/chat/completions}): {@link
 * dev.llmgateway.client.chat.ChatCompletionRequest}, the result {@link
 * dev.llmgateway.client.chat.ChatCompletion}, stream chunks {@link
 * dev.llmgateway.client.chat.ChatCompletionChunk} and {@link
 * dev.llmgateway.client.chat.ChatCompletionAccumulator} to merge them.
 *
 * <p>All wire values are immutable, compare by value, keep JSON properties they do not model
 * ({@code additionalProperties()}) and write them back when serialized.
 */
@NullMarked
package dev.llmgateway.client.chat;

import org.jspecify.annotations.NullMarked;
