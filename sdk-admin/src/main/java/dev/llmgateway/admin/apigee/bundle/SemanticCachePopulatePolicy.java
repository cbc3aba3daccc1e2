package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A SemanticCachePopulate policy (Apigee X): after the model answered, stores the prompt's
 * embedding and the answer in the Vertex AI Vector Search index that a {@link
 * SemanticCacheLookupPolicy} searches. Attach it to the response flow. Google Cloud needs what the
 * lookup needs (see there).
 *
 * <p>Left out: the TTL's default and maximum (not in the retrieved reference).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code
 * similaritySearchUrl}.
 */
@Value.Immutable
@ValueStyle
public abstract class SemanticCachePopulatePolicy extends AbstractPolicy {

  SemanticCachePopulatePolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns whether unresolvable variables are ignored.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  /**
   * Returns the index's {@code upsertDatapoints} URL (the regional API, not the index endpoint),
   * e.g. {@code
   * https://us-central1-aiplatform.googleapis.com/v1/projects/NUMBER/locations/us-central1/indexes/ID:upsertDatapoints}.
   *
   * @return the URL
   */
  public abstract String similaritySearchUrl();

  /**
   * Returns how long a cache entry lives, in seconds (Google's sample uses 60).
   *
   * @return the TTL, or empty when not set
   */
  public abstract Optional<Long> ttlInSeconds();

  @Value.Check
  void check() {
    checkName();
    VertexUrls.check(similaritySearchUrl(), "similaritySearchUrl");
    ttlInSeconds().ifPresent(t -> Checks.positive(t, "ttlInSeconds"));
  }

  @Override
  public String toXml() {
    Element root = bareElement("SemanticCachePopulate");
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    Xml.child(
        Xml.child(Xml.child(root, "SimilaritySearch"), "VertexAI"), "URL", similaritySearchUrl());
    ttlInSeconds().ifPresent(t -> Xml.child(root, "TTLInSeconds", Long.toString(t)));
    return Xml.toString(root);
  }

  /** Builder of {@link SemanticCachePopulatePolicy}. */
  public static final class Builder extends ImmutableSemanticCachePopulatePolicy.Builder {
    Builder() {}
  }
}
