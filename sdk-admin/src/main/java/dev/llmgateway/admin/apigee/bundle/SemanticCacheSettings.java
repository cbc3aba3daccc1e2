package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Where the semantic cache of {@link SemanticCachePreset} and {@link AiGatewayPreset} lives: the
 * Vertex AI embeddings model and the Vector Search index, its endpoint and deployed index. Values
 * as Google's llm-semantic-cache-v2 sample creates them, e.g. a 768-dimension index with streaming
 * updates deployed with {@code --public-endpoint-enabled}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code embeddingsUrl}, {@code
 * findNeighborsUrl}, {@code deployedIndexId}, {@code upsertDatapointsUrl}.
 */
@Value.Immutable
@ValueStyle
public abstract class SemanticCacheSettings {

  SemanticCacheSettings() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the embeddings model's {@code :predict} URL (see {@link
   * SemanticCacheLookupPolicy#embeddingsUrl()}).
   *
   * @return the URL
   */
  public abstract String embeddingsUrl();

  /**
   * Returns the index endpoint's {@code :findNeighbors} URL (see {@link
   * SemanticCacheLookupPolicy#similaritySearchUrl()}).
   *
   * @return the URL
   */
  public abstract String findNeighborsUrl();

  /**
   * Returns the ID of the index deployed on the endpoint.
   *
   * @return the deployed index ID
   */
  public abstract String deployedIndexId();

  /**
   * Returns the index's {@code :upsertDatapoints} URL (see {@link
   * SemanticCachePopulatePolicy#similaritySearchUrl()}).
   *
   * @return the URL
   */
  public abstract String upsertDatapointsUrl();

  /**
   * Returns how similar a prompt must be to be answered from the cache (default 0.95, Google's
   * sample value).
   *
   * @return the threshold
   */
  @Value.Default
  public double threshold() {
    return 0.95;
  }

  /**
   * Returns how long an answer stays cached, in seconds (default 60, Google's sample value).
   *
   * @return the TTL
   */
  @Value.Default
  public long ttlInSeconds() {
    return 60;
  }

  @Value.Check
  void check() {
    lookup("SCL-check");
    populate("SCP-check");
  }

  SemanticCacheLookupPolicy lookup(String name) {
    return SemanticCacheLookupPolicy.builder()
        .name(name)
        .userPromptSource(AiPolicies.PROMPT)
        .embeddingsUrl(embeddingsUrl())
        .similaritySearchUrl(findNeighborsUrl())
        .deployedIndexId(deployedIndexId())
        .threshold(threshold())
        .build();
  }

  SemanticCachePopulatePolicy populate(String name) {
    return SemanticCachePopulatePolicy.builder()
        .name(name)
        .similaritySearchUrl(upsertDatapointsUrl())
        .ttlInSeconds(ttlInSeconds())
        .build();
  }

  /** Builder of {@link SemanticCacheSettings}. */
  public static final class Builder extends ImmutableSemanticCacheSettings.Builder {
    Builder() {}
  }
}
