package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A SemanticCacheLookup policy (Apigee X): embeds the user's prompt with a Vertex AI
 * text-embeddings model, searches a Vertex AI Vector Search index for a similar earlier prompt and,
 * on a hit, answers with the response cached for it instead of calling the model. It works with a
 * {@link SemanticCachePopulatePolicy} on the response flow, which fills the index. Attach it to the
 * request flow.
 *
 * <p>Google Cloud needs: the Compute Engine, Vertex AI and Cloud Storage APIs enabled; a Vector
 * Search index with streaming updates, deployed to an index endpoint; the proxy deployed with a
 * service account that has AI Platform User ({@code roles/aiplatform.user}); an Intermediate or
 * Comprehensive environment.
 *
 * <p>Left out because they could not be read in the reference: the distance measure, Private
 * Service Connect endpoints, and the defaults of the threshold and the prompt source.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code
 * embeddingsUrl}, {@code similaritySearchUrl}, {@code deployedIndexId}.
 */
@Value.Immutable
@ValueStyle
public abstract class SemanticCacheLookupPolicy extends AbstractPolicy {

  SemanticCacheLookupPolicy() {}

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
   * Returns whether unresolvable variables in the sources are ignored.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  /**
   * Returns the message template that reads the user's prompt; unset, Apigee's default (the Gemini
   * shape) applies.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> userPromptSource();

  /**
   * Returns the Vertex AI embeddings endpoint, e.g. {@code
   * https://us-central1-aiplatform.googleapis.com/v1/projects/P/locations/us-central1/publishers/google/models/text-embedding-005:predict}.
   *
   * @return the URL
   */
  public abstract String embeddingsUrl();

  /**
   * Returns the index endpoint's {@code findNeighbors} URL, e.g. {@code
   * https://SUB.us-central1-NUMBER.vdb.vertexai.goog/v1/projects/NUMBER/locations/us-central1/indexEndpoints/ID:findNeighbors}.
   *
   * @return the URL
   */
  public abstract String similaritySearchUrl();

  /**
   * Returns the ID of the index deployed on that endpoint.
   *
   * @return the deployed index ID
   */
  public abstract String deployedIndexId();

  /**
   * Returns how similar a prompt must be to count as a hit: the larger, the closer (Google's sample
   * uses 0.95).
   *
   * @return the threshold, or empty when not set
   */
  public abstract Optional<Double> threshold();

  @Value.Check
  void check() {
    checkName();
    userPromptSource().ifPresent(t -> Templates.source(t, "userPromptSource"));
    VertexUrls.check(embeddingsUrl(), "embeddingsUrl");
    VertexUrls.check(similaritySearchUrl(), "similaritySearchUrl");
    Checks.notBlank(deployedIndexId(), "deployedIndexId");
    threshold()
        .filter(t -> !(t >= 0) || t.isInfinite())
        .ifPresent(
            t -> {
              throw new IllegalArgumentException(
                  "threshold must be a finite number >= 0 but was " + t);
            });
  }

  @Override
  public String toXml() {
    Element root = bareElement("SemanticCacheLookup");
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    userPromptSource().ifPresent(t -> Xml.child(root, "UserPromptSource", t));
    Xml.child(Xml.child(Xml.child(root, "Embeddings"), "VertexAI"), "URL", embeddingsUrl());
    Element search = Xml.child(Xml.child(root, "SimilaritySearch"), "VertexAI");
    Xml.child(search, "URL", similaritySearchUrl());
    Xml.child(search, "DeployedIndexID", deployedIndexId());
    threshold().ifPresent(t -> Xml.child(search, "Threshold", Double.toString(t)));
    return Xml.toString(root);
  }

  /** Builder of {@link SemanticCacheLookupPolicy}. */
  public static final class Builder extends ImmutableSemanticCacheLookupPolicy.Builder {
    Builder() {}
  }
}
