/**
 * Text completions ({@code POST /v1/completions}): {@link
 * dev.llmgateway.client.completions.CompletionRequest} and the result {@link
 * dev.llmgateway.client.completions.Completion}, which is also the chunk type of a stream.
 *
 * <pre>{@code
 * Completion c = client.completions().create(CompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it").prompt("Paris is").maxTokens(10).build());
 * String text = c.choices().get(0).text();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.client.completions;

import org.jspecify.annotations.NullMarked;
