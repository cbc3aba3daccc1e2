package dev.llmgateway.admin.apigee.bundle;

/**
 * Prompt-token limiting: the guide's proxy layout (no target, behind the GKE Inference Gateway's
 * traffic extension) with VerifyAPIKey and a PromptTokenLimit per app ({@code client_id}) on chat
 * completions, reading the prompt from the last message ({@code $.messages[-1].content}). It
 * smooths sudden token surges from one app; Apigee counts with its own tokenizer ("the token
 * calculation might differ slightly from the one used by the LLM") in a best-effort cache, so use
 * {@link LlmTokenQuotaPreset} for accounting.
 *
 * <p>Google Cloud: an Apigee X organization (PromptTokenLimit is an Extensible policy; hybrid from
 * 1.16.1); no other API or service account role.
 *
 * <p>What the client sees: over the rate, HTTP 429 {@code
 * policies.prompttokenlimit.PromptTokenLimitViolation}, a {@code RateLimitedException}, re-sent
 * after a short jittered wait like a SpikeArrest. A chat request whose prompt cannot be read fails
 * Apigee's {@code FailedToExtractUserPrompt}, a {@code BadRequestException}.
 *
 * <pre>{@code
 * ApiProxyBundle bundle = PromptTokenLimitPreset.bundle("2000pm");
 * }</pre>
 */
public final class PromptTokenLimitPreset {

  /** Name of the PromptTokenLimit policy. */
  public static final String PROMPT_TOKEN_LIMIT = AiPolicies.PROMPT_TOKEN_LIMIT;

  private PromptTokenLimitPreset() {}

  /**
   * Returns the proxy {@value TokenQuotaPreset#DEFAULT_PROXY_NAME} with the guide's base path.
   *
   * @param rate the prompt tokens per app, e.g. {@code 2000pm} or {@code 50ps}
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String rate) {
    return bundle(TokenQuotaPreset.DEFAULT_PROXY_NAME, rate);
  }

  /**
   * Returns the proxy with the given name and base path {@code /v1/samples/{name}}.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @param rate the prompt tokens per app, e.g. {@code 2000pm}
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName, String rate) {
    return AiGatewayPreset.builder().proxyName(proxyName).promptTokenRate(rate).build().bundle();
  }
}
