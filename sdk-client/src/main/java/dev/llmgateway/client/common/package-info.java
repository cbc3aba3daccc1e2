/**
 * Values shared by the chat and completions APIs: the request fields both send ({@link
 * dev.llmgateway.client.common.SamplingRequest}), the envelope of their responses ({@link
 * dev.llmgateway.client.common.CompletionEnvelope}) and of their choices ({@link
 * dev.llmgateway.client.common.Choice}), token usage, finish and stop reasons, stream options and
 * vLLM structured-output constraints.
 *
 * <pre>{@code
 * ChatCompletion c = client.chat().create(request);
 * c.usage().ifPresent(u -> System.out.println(u.promptTokens() + " + " + u.completionTokens()));
 * Optional<FinishReason> why = c.choices().get(0).finishReason();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.client.common;

import org.jspecify.annotations.NullMarked;
