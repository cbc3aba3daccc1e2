package dev.llmgateway.admin.apigee.bundle;

/**
 * A token limit on Apigee's LLMTokenQuota that also counts streamed answers: a proxy in front of
 * the model servers with VerifyAPIKey, the request's model extracted, an EnforceOnly LLMTokenQuota
 * on the request, a CountOnly LLMTokenQuota on complete answers (their {@code usage.total_tokens})
 * in the target's PostFlow, and one in the target's EventFlow that counts a streamed answer on the
 * event that carries {@code usage}. All three share one counter; limit, interval and time unit come
 * from the key's API product ({@code llmOperationGroup} for the model, else {@code llmQuota}), with
 * {@link AiGatewayPreset#DEFAULT_FALLBACK_TOKENS_PER_MINUTE} per minute as the fallback; windows
 * are calendar windows from {@code 2025-01-01 00:00:00} UTC.
 *
 * <p>Unlike {@link TokenQuotaPreset} (a Quota reading {@code $.usage} from a JSON body, which a
 * stream does not have) this proxy needs a TargetEndpoint: Apigee counts streamed answers only in
 * an EventFlow, which only a target has. Clients stream with {@code
 * stream_options.include_usage=true} (sdk-client: {@code StreamOptions.includingUsage()}), or the
 * stream carries no usage to count. The answer that crosses the limit completes; the next call is
 * refused.
 *
 * <p>Google Cloud: an Apigee X organization (LLMTokenQuota is an Extensible policy; hybrid from
 * 1.16.1); no other API or service account role. API products set the token quota per model with
 * {@code llmOperationGroup} ({@link dev.llmgateway.admin.apigee.model.LlmOperationConfig}).
 *
 * <p>What the client sees: over the quota, HTTP 429 {@code
 * policies.llmtokenquota.LLMTokenQuotaViolation}, a {@code QuotaExceededException} with the
 * estimated reset (set {@code GatewayClient.Builder.tokenQuotaWindow(QuotaWindow.aligned(..))} to
 * the product's interval), re-sent only if the reset lies within the retry settings' max wait. A
 * request without a readable model fails Apigee's {@code FailedToResolveModelName}, a {@code
 * BadRequestException}.
 *
 * <pre>{@code
 * ApiProxyBundle bundle = LlmTokenQuotaPreset.bundle("http://10.0.0.5/v1");   // the Gateway
 * }</pre>
 */
public final class LlmTokenQuotaPreset {

  /** The default proxy name. */
  public static final String DEFAULT_PROXY_NAME = "llm-token-quota";

  /** Name of the EnforceOnly policy. */
  public static final String TOKEN_ENFORCE = AiPolicies.TOKEN_ENFORCE;

  /** Name of the CountOnly policy of complete answers. */
  public static final String TOKEN_COUNT = AiPolicies.TOKEN_COUNT;

  /** Name of the CountOnly policy of streamed answers, in the EventFlow. */
  public static final String TOKEN_COUNT_STREAM = AiPolicies.TOKEN_COUNT_STREAM;

  /** The counter the three policies share. */
  public static final String SHARED_NAME = AiPolicies.SHARED_NAME;

  private LlmTokenQuotaPreset() {}

  /**
   * Returns the proxy {@value #DEFAULT_PROXY_NAME} with base path {@code /v1}.
   *
   * @param targetUrl the model servers' OpenAI base URL, e.g. {@code http://GATEWAY_IP/v1}
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String targetUrl) {
    return bundle(DEFAULT_PROXY_NAME, "/v1", targetUrl);
  }

  /**
   * Returns the proxy with the given name and base path.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @param basePath the base path, starting with '/'
   * @param targetUrl the model servers' OpenAI base URL
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName, String basePath, String targetUrl) {
    return AiGatewayPreset.builder()
        .proxyName(proxyName)
        .basePath(basePath)
        .targetUrl(targetUrl)
        .llmTokenQuota(true)
        .build()
        .bundle();
  }
}
