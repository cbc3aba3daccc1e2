/**
 * Text completions ({@code POST /v1/completions}): {@link
 * dev.llmgateway.client.completions.CompletionRequest} and the result {@link
 * dev.llmgateway.client.completions.Completion}, which is also the chunk type of a stream.
 */
@NullMarked
package dev.llmgateway.client.completions;

import org.jspecify.annotations.NullMarked;
