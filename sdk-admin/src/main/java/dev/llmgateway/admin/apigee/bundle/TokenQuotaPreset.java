package dev.llmgateway.admin.apigee.bundle;

/**
 * The guide's token-quota proxy ({@code apigee-llm-inf-gw}): VerifyAPIKey on {@code x-api-key}, a
 * flexi Quota in EnforceOnly mode before the call, ExtractVariables of the usage token counts from
 * the response, and a flexi CountOnly Quota weighted by {@code total_token_count} after it, both on
 * the shared counter {@code token-quota} with limit, interval and time unit from the key's API
 * product. The proxy has no target: it runs behind the GKE Inference Gateway's traffic extension.
 *
 * <pre>{@code
 * ApiProxyBundle bundle = TokenQuotaPreset.bundle();   // apigee-llm-inf-gw
 * byte[] zip = bundle.toZip();
 * }</pre>
 */
public final class TokenQuotaPreset {

  /** The guide's proxy name. */
  public static final String DEFAULT_PROXY_NAME = "apigee-llm-inf-gw";

  /** The guide's base path prefix; the proxy name is appended. */
  public static final String BASE_PATH_PREFIX = "/v1/samples/";

  /** Name of the VerifyAPIKey policy. */
  public static final String VERIFY_API_KEY = "VA-VerifyAPIKey";

  /** Name of the enforcing Quota policy. */
  public static final String TOKEN_QUOTA = "Q-TokenQuota";

  /** Name of the ExtractVariables policy. */
  public static final String EXTRACT_TOKEN_COUNTS = "EV-ExtractTokenCounts";

  /** Name of the counting Quota policy. */
  public static final String TOKEN_QUOTA_COUNTER = "Q-TokenQuotaCounter";

  /** The shared counter of the two Quota policies. */
  public static final String SHARED_NAME = "token-quota";

  private static final String PRODUCT_QUOTA =
      "verifyapikey." + VERIFY_API_KEY + ".apiproduct.developer.quota.";

  private TokenQuotaPreset() {}

  /**
   * Returns the guide's bundle, named {@value #DEFAULT_PROXY_NAME}.
   *
   * @return the bundle
   */
  public static ApiProxyBundle bundle() {
    return bundle(DEFAULT_PROXY_NAME);
  }

  /**
   * Returns the guide's bundle under another name, with base path {@code /v1/samples/{name}}.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName) {
    return bundle(proxyName, BASE_PATH_PREFIX + proxyName);
  }

  /**
   * Returns the guide's bundle with the given name and base path.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @param basePath the base path, starting with '/'
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName, String basePath) {
    return ApiProxyBundle.builder()
        .name(proxyName)
        .displayName(proxyName)
        .description("API Proxy for GKE Inference Gateway with token-based quota")
        .addPolicy(VerifyApiKeyPolicy.builder().name(VERIFY_API_KEY).build())
        .addPolicy(quota(TOKEN_QUOTA).enforceOnly(true).build())
        .addPolicy(
            ExtractVariablesPolicy.builder()
                .name(EXTRACT_TOKEN_COUNTS)
                .ignoreUnresolvedVariables(true)
                .putJsonVariable("prompt_token_count", "$.usage.prompt_tokens")
                .putJsonVariable("candidates_token_count", "$.usage.completion_tokens")
                .putJsonVariable("total_token_count", "$.usage.total_tokens")
                .source("response")
                .build())
        .addPolicy(
            quota(TOKEN_QUOTA_COUNTER)
                .messageWeightRef("total_token_count")
                .countOnly(true)
                .build())
        .addProxyEndpoint(
            ProxyEndpoint.builder()
                .name("default")
                .basePath(basePath)
                .preFlow(
                    Flow.builder()
                        .name("PreFlow")
                        .addRequestStep(Step.of(VERIFY_API_KEY))
                        .addRequestStep(Step.of(TOKEN_QUOTA))
                        .addResponseStep(Step.of(EXTRACT_TOKEN_COUNTS, "response.content != null"))
                        .addResponseStep(Step.of(TOKEN_QUOTA_COUNTER))
                        .build())
                .addRouteRule(RouteRule.noTarget("default"))
                .build())
        .build();
  }

  private static QuotaPolicy.Builder quota(String name) {
    return QuotaPolicy.builder()
        .name(name)
        .type(QuotaType.FLEXI)
        .identifierRef("client_id")
        .allowCountRef(PRODUCT_QUOTA + "limit")
        .intervalRef(PRODUCT_QUOTA + "interval")
        .timeUnitRef(PRODUCT_QUOTA + "timeunit")
        .distributed(true)
        .synchronous(true)
        .sharedName(SHARED_NAME);
  }
}
