/**
 * Values shared by the chat and completions APIs: token usage, finish and stop reasons, stream
 * options and vLLM structured-output constraints.
 */
@NullMarked
package dev.llmgateway.client.common;

import org.jspecify.annotations.NullMarked;
