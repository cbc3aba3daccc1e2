package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A proxy endpoint ({@code apiproxy/proxies/{name}.xml}): base path, pre-flow, conditional flows,
 * post-flow, post-client flow and route rules.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code basePath}.
 */
public final class ProxyEndpoint {

  private final String name;
  private final @Nullable String description;
  private final String basePath;
  private final Flow preFlow;
  private final List<Flow> flows;
  private final Flow postFlow;
  private final List<Step> postClientFlowSteps;
  private final List<RouteRule> routeRules;

  private ProxyEndpoint(Builder b) {
    this.name = Checks.segment("proxyEndpoint name", b.name);
    this.description = b.description;
    if (b.basePath == null) {
      throw new IllegalArgumentException("basePath must not be null");
    }
    this.basePath = ProxyEndpoint.checkBasePath(b.basePath);
    this.preFlow = Objects.requireNonNull(b.preFlow, "preFlow == null");
    this.flows = Collections.unmodifiableList(new ArrayList<>(b.flows));
    this.postFlow = Objects.requireNonNull(b.postFlow, "postFlow == null");
    this.postClientFlowSteps = Collections.unmodifiableList(new ArrayList<>(b.postClientFlowSteps));
    this.routeRules =
        Collections.unmodifiableList(
            new ArrayList<>(
                b.routeRules.isEmpty() ? List.of(RouteRule.noTarget("default")) : b.routeRules));
    if (routeRules.isEmpty()) {
      throw new IllegalArgumentException("routeRules must not be empty");
    }
  }

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
    return new Builder(this);
  }

  /**
   * Returns the endpoint name (default {@code default}).
   *
   * @return the endpoint name (default {@code default})
   */
  public String name() {
    return name;
  }

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the base path, e.g. {@code /v1/samples/apigee-llm-inf-gw}.
   *
   * @return the base path, e.g. {@code /v1/samples/apigee-llm-inf-gw}
   */
  public String basePath() {
    return basePath;
  }

  /**
   * Returns the pre-flow (default empty).
   *
   * @return the pre-flow (default empty)
   */
  public Flow preFlow() {
    return preFlow;
  }

  /**
   * Returns the conditional flows.
   *
   * @return the conditional flows
   */
  public List<Flow> flows() {
    return flows;
  }

  /**
   * Returns the post-flow (default empty).
   *
   * @return the post-flow (default empty)
   */
  public Flow postFlow() {
    return postFlow;
  }

  /**
   * Returns the response steps of the post-client flow (run after the response is sent).
   *
   * @return the response steps of the post-client flow (run after the response is sent)
   */
  public List<Step> postClientFlowSteps() {
    return postClientFlowSteps;
  }

  /**
   * Returns the route rules (default one rule {@code default} without target).
   *
   * @return the route rules (default one rule {@code default} without target)
   */
  public List<RouteRule> routeRules() {
    return routeRules;
  }

  static String checkBasePath(String basePath) {
    if (!basePath.startsWith("/") || basePath.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "basePath must start with '/' and contain no whitespace but was '" + basePath + "'");
    }
    return basePath;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProxyEndpoint)) {
      return false;
    }
    ProxyEndpoint o = (ProxyEndpoint) other;
    return Objects.equals(name, o.name)
        && Objects.equals(description, o.description)
        && Objects.equals(basePath, o.basePath)
        && Objects.equals(preFlow, o.preFlow)
        && Objects.equals(flows, o.flows)
        && Objects.equals(postFlow, o.postFlow)
        && Objects.equals(postClientFlowSteps, o.postClientFlowSteps)
        && Objects.equals(routeRules, o.routeRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, description, basePath, preFlow, flows, postFlow, postClientFlowSteps, routeRules);
  }

  @Override
  public String toString() {
    return "ProxyEndpoint{"
        + "name="
        + name
        + ", "
        + "description="
        + description
        + ", "
        + "basePath="
        + basePath
        + ", "
        + "preFlow="
        + preFlow
        + ", "
        + "flows="
        + flows
        + ", "
        + "postFlow="
        + postFlow
        + ", "
        + "postClientFlowSteps="
        + postClientFlowSteps
        + ", "
        + "routeRules="
        + routeRules
        + "}";
  }

  /** Builder of {@link ProxyEndpoint}. */
  public static final class Builder {

    private String name = "default";
    private @Nullable String description;
    private @Nullable String basePath;
    private Flow preFlow = Flow.builder().name("PreFlow").build();
    private final List<Flow> flows = new ArrayList<>();
    private Flow postFlow = Flow.builder().name("PostFlow").build();
    private final List<Step> postClientFlowSteps = new ArrayList<>();
    private final List<RouteRule> routeRules = new ArrayList<>();

    private Builder() {}

    private Builder(ProxyEndpoint v) {
      this.name = v.name;
      this.description = v.description;
      this.basePath = v.basePath;
      this.preFlow = v.preFlow;
      this.flows.addAll(v.flows);
      this.postFlow = v.postFlow;
      this.postClientFlowSteps.addAll(v.postClientFlowSteps);
      this.routeRules.addAll(v.routeRules);
    }

    /**
     * Sets the endpoint name (default {@code default}).
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value, or null to unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the base path, e.g. {@code /v1/samples/apigee-llm-inf-gw}.
     *
     * @param basePath the value
     * @return this builder
     */
    public Builder basePath(String basePath) {
      this.basePath = basePath;
      return this;
    }

    /**
     * Sets the pre-flow (default empty).
     *
     * @param preFlow the value
     * @return this builder
     */
    public Builder preFlow(Flow preFlow) {
      this.preFlow = preFlow;
      return this;
    }

    /**
     * Replaces the conditional flows.
     *
     * @param flows the new elements
     * @return this builder
     */
    public Builder flows(java.util.Collection<? extends Flow> flows) {
      Objects.requireNonNull(flows, "flows == null");
      this.flows.clear();
      for (Flow e : flows) {
        addFlow(e);
      }
      return this;
    }

    /**
     * Adds one element to the conditional flows.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addFlow(Flow element) {
      this.flows.add(Objects.requireNonNull(element, "flows element == null"));
      return this;
    }

    /**
     * Sets the post-flow (default empty).
     *
     * @param postFlow the value
     * @return this builder
     */
    public Builder postFlow(Flow postFlow) {
      this.postFlow = postFlow;
      return this;
    }

    /**
     * Replaces the response steps of the post-client flow (run after the response is sent).
     *
     * @param postClientFlowSteps the new elements
     * @return this builder
     */
    public Builder postClientFlowSteps(java.util.Collection<? extends Step> postClientFlowSteps) {
      Objects.requireNonNull(postClientFlowSteps, "postClientFlowSteps == null");
      this.postClientFlowSteps.clear();
      for (Step e : postClientFlowSteps) {
        addPostClientFlowStep(e);
      }
      return this;
    }

    /**
     * Adds one element to the response steps of the post-client flow (run after the response is
     * sent).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addPostClientFlowStep(Step element) {
      this.postClientFlowSteps.add(
          Objects.requireNonNull(element, "postClientFlowSteps element == null"));
      return this;
    }

    /**
     * Replaces the route rules (default one rule {@code default} without target).
     *
     * @param routeRules the new elements
     * @return this builder
     */
    public Builder routeRules(java.util.Collection<? extends RouteRule> routeRules) {
      Objects.requireNonNull(routeRules, "routeRules == null");
      this.routeRules.clear();
      for (RouteRule e : routeRules) {
        addRouteRule(e);
      }
      return this;
    }

    /**
     * Adds one element to the route rules (default one rule {@code default} without target).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRouteRule(RouteRule element) {
      this.routeRules.add(Objects.requireNonNull(element, "routeRules element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public ProxyEndpoint build() {
      return new ProxyEndpoint(this);
    }
  }
}
