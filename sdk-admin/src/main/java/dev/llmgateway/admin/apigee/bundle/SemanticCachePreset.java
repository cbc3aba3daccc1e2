package dev.llmgateway.admin.apigee.bundle;

/**
 * A semantic cache: the guide's proxy layout (no target, behind the GKE Inference Gateway's traffic
 * extension) with VerifyAPIKey, SemanticCacheLookup on chat requests (embeds the last message and
 * answers from the cache when Vector Search finds a prompt at least {@link
 * SemanticCacheSettings#threshold()} similar) and SemanticCachePopulate on complete chat answers
 * (cached for {@link SemanticCacheSettings#ttlInSeconds()}). Streamed answers are not cached.
 *
 * <p>Google Cloud: the Compute Engine, Vertex AI ({@code aiplatform.googleapis.com}) and Cloud
 * Storage APIs enabled; a Vector Search index with streaming updates, deployed to an index endpoint
 * (the first deployment takes 20 to 30 minutes); the proxy deployed with a service account that has
 * AI Platform User ({@code roles/aiplatform.user}); an Intermediate or Comprehensive Apigee
 * environment.
 *
 * <p>What the client sees: a cache hit is a normal 200 with an earlier answer to a similar prompt
 * (its {@code id} and {@code usage} are the cached answer's). The policies do not refuse calls; a
 * Vertex AI failure is a 5xx fault, a {@code ServerException}.
 */
public final class SemanticCachePreset {

  /** Name of the SemanticCacheLookup policy. */
  public static final String CACHE_LOOKUP = AiPolicies.CACHE_LOOKUP;

  /** Name of the SemanticCachePopulate policy. */
  public static final String CACHE_POPULATE = AiPolicies.CACHE_POPULATE;

  private SemanticCachePreset() {}

  /**
   * Returns the proxy {@value TokenQuotaPreset#DEFAULT_PROXY_NAME} with the guide's base path.
   *
   * @param cache where the cache lives in Vertex AI
   * @return the bundle
   */
  public static ApiProxyBundle bundle(SemanticCacheSettings cache) {
    return bundle(TokenQuotaPreset.DEFAULT_PROXY_NAME, cache);
  }

  /**
   * Returns the proxy with the given name and base path {@code /v1/samples/{name}}.
   *
   * @param proxyName the proxy name ({@code A-Za-z0-9._-})
   * @param cache where the cache lives in Vertex AI
   * @return the bundle
   */
  public static ApiProxyBundle bundle(String proxyName, SemanticCacheSettings cache) {
    return AiGatewayPreset.builder().proxyName(proxyName).semanticCache(cache).build().bundle();
  }
}
