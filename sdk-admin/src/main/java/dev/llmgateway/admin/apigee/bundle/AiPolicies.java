package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;

/**
 * The policies of the AI presets, configured for the OpenAI-compatible API of the model servers
 * (vLLM behind the GKE Inference Gateway): their names, where they read prompt, answer, model and
 * token usage, and the conditions that keep them to the calls that carry those.
 */
final class AiPolicies {

  static final String VERIFY_API_KEY = TokenQuotaPreset.VERIFY_API_KEY;
  static final String EXTRACT_MODEL = "EV-ExtractModel";
  static final String TOKEN_ENFORCE = "LTQ-TokenEnforce";
  static final String TOKEN_COUNT = "LTQ-TokenCount";
  static final String TOKEN_COUNT_STREAM = "LTQ-TokenCountStream";
  static final String PROMPT_TOKEN_LIMIT = "PTL-PromptTokens";
  static final String SANITIZE_PROMPT = "SUP-SanitizePrompt";
  static final String SANITIZE_RESPONSE = "SMR-SanitizeResponse";
  static final String CACHE_LOOKUP = "SCL-CacheLookup";
  static final String CACHE_POPULATE = "SCP-CachePopulate";
  static final String EXTRACT_USAGE = "EV-ExtractUsage";
  static final String LOG_CALL = "ML-LogCall";

  /** The counter the two or three LLMTokenQuota policies share. */
  static final String SHARED_NAME = "llm-tokens";

  /** The last message of a chat request (a string; image parts are not read). */
  static final String PROMPT = "{jsonPath('$.messages[-1].content',request.content,true)}";

  /** The first choice's answer of a complete chat response. */
  static final String ANSWER = "{jsonPath('$.choices[0].message.content',response.content,true)}";

  /** The model variable EV-ExtractModel sets from the request's {@code model}. */
  static final String MODEL_SOURCE = "{llm.model}";

  /** Calls that carry a model and a prompt: chat and text completions, with a body. */
  static final String MODEL_CALL = "request.verb = \"POST\" and request.content != null";

  /** Chat completion calls, whose last message is the prompt. */
  static final String CHAT_CALL =
      "request.verb = \"POST\" and request.path ~ \"*/chat/completions\"";

  /** A complete (not streamed) successful answer, which carries {@code usage}. */
  static final String JSON_ANSWER =
      "response.status.code = 200 and response.header.Content-Type =| \"application/json\"";

  /**
   * A complete successful chat answer (the request is a POST if the path is chat completions). As
   * short as it can be: apigeelint warns from 13 terms on (CC004).
   */
  static final String CHAT_ANSWER = "request.path ~ \"*/chat/completions\" and " + JSON_ANSWER;

  /** A complete successful answer with a body, for ExtractVariables (apigeelint ST003). */
  static final String JSON_ANSWER_BODY = "response.content != null and " + JSON_ANSWER;

  /** The start of the calendar windows: UTC midnight, so minutes, hours and days align. */
  static final String WINDOW_START = "2025-01-01 00:00:00";

  private AiPolicies() {}

  static VerifyApiKeyPolicy verifyApiKey() {
    return VerifyApiKeyPolicy.builder().name(VERIFY_API_KEY).build();
  }

  static ExtractVariablesPolicy extractModel() {
    return ExtractVariablesPolicy.builder()
        .name(EXTRACT_MODEL)
        .source("request")
        .variablePrefix("llm")
        .ignoreUnresolvedVariables(true)
        .putJsonVariable("model", "$.model")
        .build();
  }

  private static LlmTokenQuotaPolicy.Builder tokenQuota(String name, long fallbackPerMinute) {
    return LlmTokenQuotaPolicy.builder()
        .name(name)
        .type(QuotaType.CALENDAR)
        .startTime(WINDOW_START)
        .productQuota(VERIFY_API_KEY)
        .allowCount(fallbackPerMinute)
        .interval(1L)
        .timeUnit(QuotaTimeUnit.MINUTE)
        .synchronous(true)
        .llmModelSource(MODEL_SOURCE)
        .sharedName(SHARED_NAME);
  }

  static LlmTokenQuotaPolicy tokenEnforce(long fallbackPerMinute) {
    return tokenQuota(TOKEN_ENFORCE, fallbackPerMinute).enforceOnly(true).build();
  }

  static LlmTokenQuotaPolicy tokenCount(long fallbackPerMinute) {
    return tokenQuota(TOKEN_COUNT, fallbackPerMinute)
        .countOnly(true)
        .llmTokenUsageSource("{jsonPath('$.usage.total_tokens',response.content,true)}")
        .build();
  }

  /**
   * Counts on the stream's event that carries {@code usage} (the final chunk with include_usage).
   */
  static LlmTokenQuotaPolicy tokenCountStream(long fallbackPerMinute) {
    return tokenQuota(TOKEN_COUNT_STREAM, fallbackPerMinute)
        .countOnly(true)
        .llmTokenUsageSource(
            "{jsonPath('$.usage.total_tokens',response.event.current.content,true)}")
        .build();
  }

  static PromptTokenLimitPolicy promptTokenLimit(String rate) {
    return PromptTokenLimitPolicy.builder()
        .name(PROMPT_TOKEN_LIMIT)
        .rate(rate)
        .identifierRef("client_id")
        .userPromptSource(PROMPT)
        .build();
  }

  static SanitizeUserPromptPolicy sanitizePrompt(String template) {
    return SanitizeUserPromptPolicy.builder()
        .name(SANITIZE_PROMPT)
        .templateName(template)
        .userPromptSource(PROMPT)
        .build();
  }

  static SanitizeModelResponsePolicy sanitizeResponse(String template) {
    return SanitizeModelResponsePolicy.builder()
        .name(SANITIZE_RESPONSE)
        .templateName(template)
        .userPromptSource(PROMPT)
        .llmResponseSource(ANSWER)
        .build();
  }

  static ExtractVariablesPolicy extractUsage() {
    return ExtractVariablesPolicy.builder()
        .name(EXTRACT_USAGE)
        .source("response")
        .variablePrefix("llm")
        .ignoreUnresolvedVariables(true)
        .putJsonVariable("prompt_tokens", "$.usage.prompt_tokens")
        .putJsonVariable("completion_tokens", "$.usage.completion_tokens")
        .putJsonVariable("total_tokens", "$.usage.total_tokens")
        .build();
  }

  static MessageLoggingPolicy logCall(String logName) {
    return MessageLoggingPolicy.builder()
        .name(LOG_CALL)
        .logName(logName)
        .messageContentType("application/json")
        .message(
            "{\"proxy\":\"{apiproxy.name}\",\"app\":\"{developer.app.name}\","
                + "\"model\":\"{llm.model}\",\"status\":\"{response.status.code}\","
                + "\"prompt_tokens\":\"{llm.prompt_tokens}\","
                + "\"completion_tokens\":\"{llm.completion_tokens}\","
                + "\"total_tokens\":\"{llm.total_tokens}\"}")
        .build();
  }
}
