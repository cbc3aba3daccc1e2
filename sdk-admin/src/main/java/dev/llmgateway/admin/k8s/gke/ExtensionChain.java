package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chain of a {@link GcpTrafficExtension}: which requests it matches (CEL expressions) and the
 * extensions (1 to 3) called for them. Immutable; checked when the traffic extension is built.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "matchCondition", "extensions"})
public final class ExtensionChain {

  @JsonProperty("name")
  private String name = "";

  @JsonProperty("matchCondition")
  private @Nullable MatchCondition matchCondition;

  @JsonProperty("extensions")
  private List<Extension> extensions = new ArrayList<>();

  private ExtensionChain() {}

  /**
   * Returns a builder. Required: {@code name} and at least one extension.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this chain.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.celMatchers.addAll(celMatchers());
    b.extensions.addAll(extensions);
    return b;
  }

  /**
   * Returns the chain name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the CEL matchers of the match condition.
   *
   * @return the matchers, empty when the chain has no match condition
   */
  public List<String> celMatchers() {
    return matchCondition == null
        ? List.of()
        : matchCondition.celExpressions.stream().map(c -> c.celMatcher).toList();
  }

  /**
   * Returns the extensions.
   *
   * @return the extensions
   */
  public List<Extension> extensions() {
    return List.copyOf(extensions);
  }

  /** {@code matchCondition}: the CEL expressions, any of which selects a request. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class MatchCondition {
    @JsonProperty("celExpressions")
    List<CelExpression> celExpressions = new ArrayList<>();
  }

  /** One {@code celExpressions} item. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class CelExpression {
    @JsonProperty("celMatcher")
    String celMatcher = "";
  }

  /** Builds an {@link ExtensionChain}. */
  public static final class Builder {
    private String name = "";
    private final List<String> celMatchers = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the chain name (required).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Adds a CEL matcher, for example {@code request.path.startsWith("/")} (at most 10).
     *
     * @param celMatcher the expression
     * @return this builder
     */
    public Builder addCelMatcher(String celMatcher) {
      celMatchers.add(celMatcher);
      return this;
    }

    /**
     * Adds an extension (1 to 3).
     *
     * @param extension the extension
     * @return this builder
     */
    public Builder addExtension(Extension extension) {
      extensions.add(extension);
      return this;
    }

    /**
     * Builds the chain.
     *
     * @return the chain
     */
    public ExtensionChain build() {
      ExtensionChain c = new ExtensionChain();
      c.name = name;
      if (!celMatchers.isEmpty()) {
        MatchCondition m = new MatchCondition();
        for (String matcher : celMatchers) {
          CelExpression e = new CelExpression();
          e.celMatcher = matcher;
          m.celExpressions.add(e);
        }
        c.matchCondition = m;
      }
      c.extensions = new ArrayList<>(extensions);
      return c;
    }
  }
}
