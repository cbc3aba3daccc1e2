package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A chain of a {@link GcpTrafficExtension}: which requests it matches (CEL expressions) and the
 * extensions (1 to 3) called for them. Immutable; checked when the traffic extension is built.
 */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableExtensionChain.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "matchCondition", "extensions"})
public abstract class ExtensionChain {

  ExtensionChain() {}

  /**
   * Returns a builder. Required: {@code name} and at least one extension.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableExtensionChain.builder();
  }

  /**
   * Returns a builder initialised from this chain.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = ImmutableExtensionChain.builder().from(this);
    MatchCondition m = matchCondition();
    if (m != null) {
      b.celMatchers.addAll(m.celExpressions());
    }
    return b;
  }

  /**
   * Returns the chain name.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return "";
  }

  abstract @Nullable MatchCondition matchCondition();

  /**
   * Returns the extensions.
   *
   * @return the extensions
   */
  public abstract List<Extension> extensions();

  /**
   * Returns the CEL matchers of the match condition.
   *
   * @return the matchers, empty when the chain has no match condition
   */
  public List<String> celMatchers() {
    MatchCondition m = matchCondition();
    return m == null
        ? List.of()
        : m.celExpressions().stream().map(CelExpression::celMatcher).toList();
  }

  /** {@code matchCondition}: the CEL expressions, any of which selects a request. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableExtensionChain.MatchCondition.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class MatchCondition {
    abstract List<CelExpression> celExpressions();
  }

  /** One {@code celExpressions} item. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableExtensionChain.CelExpression.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  abstract static class CelExpression {
    @Value.Default
    String celMatcher() {
      return "";
    }
  }

  /** Builds an {@link ExtensionChain}. */
  public abstract static class Builder {
    private final List<CelExpression> celMatchers = new ArrayList<>();

    Builder() {}

    /**
     * Sets the chain name (required).
     *
     * @param name the name
     * @return this builder
     */
    public abstract Builder name(String name);

    /**
     * Adds a CEL matcher, for example {@code request.path.startsWith("/")} (at most 10).
     *
     * @param celMatcher the expression
     * @return this builder
     */
    public Builder addCelMatcher(String celMatcher) {
      celMatchers.add(
          ImmutableExtensionChain.CelExpression.builder().celMatcher(celMatcher).build());
      return matchCondition(
          ImmutableExtensionChain.MatchCondition.builder().celExpressions(celMatchers).build());
    }

    abstract Builder matchCondition(@Nullable MatchCondition matchCondition);

    /**
     * Adds an extension (1 to 3).
     *
     * @param extension the extension
     * @return this builder
     */
    public abstract Builder addExtension(Extension extension);

    /**
     * Builds the chain.
     *
     * @return the chain
     */
    public abstract ExtensionChain build();
  }
}
