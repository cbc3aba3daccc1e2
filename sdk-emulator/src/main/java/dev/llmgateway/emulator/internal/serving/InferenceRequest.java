package dev.llmgateway.emulator.internal.serving;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chat or text completion request as the model server understands it.
 *
 * @param chat true for {@code /v1/chat/completions}, false for {@code /v1/completions}
 * @param model the requested model, or null when the body names none
 * @param prompt the prompt as the model sees it (chat messages rendered with the chat template)
 * @param echoSource the text echo mode answers with: the last user message, or the prompt
 * @param maxTokens the output token limit the client set, or null
 * @param stop the stop strings
 * @param stream whether to answer with server-sent events
 * @param includeUsage whether a stream ends with a usage chunk ({@code stream_options})
 */
public record InferenceRequest(
    boolean chat,
    @Nullable String model,
    String prompt,
    String echoSource,
    @Nullable Integer maxTokens,
    List<String> stop,
    boolean stream,
    boolean includeUsage) {}
