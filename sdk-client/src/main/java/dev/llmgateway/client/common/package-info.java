/**
 * Values shared by the chat and completions APIs: the request fields both send ({@link
 * dev.llmgateway.client.common.SamplingRequest}), the envelope of their responses ({@link
 * dev.llmgateway.client.common.CompletionEnvelope}) and of their choices ({@link
 * dev.llmgateway.client.common.Choice}), token usage, finish and stop reasons, stream options and
 * vLLM structured-output constraints.
 */
@NullMarked
package dev.llmgateway.client.common;

import org.jspecify.annotations.NullMarked;
