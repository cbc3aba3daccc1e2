package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proxy endpoint ({@code apiproxy/proxies/{name}.xml}): base path, pre-flow, conditional flows,
 * post-flow, post-client flow and route rules.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code basePath}.
 */
@Value.Immutable
@ValueStyle
public abstract class ProxyEndpoint {

  ProxyEndpoint() {}

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
   * Returns the endpoint name (default {@code default}).
   *
   * @return the endpoint name
   */
  @Value.Default
  public String name() {
    return "default";
  }

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public abstract Optional<String> description();

  /**
   * Returns the base path, e.g. {@code /v1/samples/apigee-llm-inf-gw}.
   *
   * @return the base path
   */
  public abstract String basePath();

  /**
   * Returns the pre-flow (default empty).
   *
   * @return the pre-flow
   */
  @Value.Default
  public Flow preFlow() {
    return Flow.builder().name("PreFlow").build();
  }

  /**
   * Returns the conditional flows.
   *
   * @return the conditional flows
   */
  public abstract List<Flow> flows();

  /**
   * Returns the post-flow (default empty).
   *
   * @return the post-flow
   */
  @Value.Default
  public Flow postFlow() {
    return Flow.builder().name("PostFlow").build();
  }

  /**
   * Returns the response steps of the post-client flow (run after the response is sent).
   *
   * @return the post-client flow steps
   */
  public abstract List<Step> postClientFlowSteps();

  /**
   * Returns the route rules (default one rule {@code default} without target).
   *
   * @return the route rules
   */
  public abstract List<RouteRule> routeRules();

  @Value.Check
  ProxyEndpoint check() {
    BundleNames.file(name(), "proxyEndpoint name");
    String where = "proxyEndpoint '" + name() + "'";
    EndpointRules.prePostFlows(where, preFlow(), postFlow());
    EndpointRules.flows(where, flows());
    EndpointRules.routeRules(where, routeRules());
    String path = basePath();
    if (!path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "basePath must start with '/' and contain no whitespace but was '" + path + "'");
    }
    return routeRules().isEmpty()
        ? toBuilder().addRouteRule(RouteRule.noTarget("default")).build()
        : this;
  }

  /** Builder of {@link ProxyEndpoint}. */
  public static final class Builder extends ImmutableProxyEndpoint.Builder {
    Builder() {}
  }
}
