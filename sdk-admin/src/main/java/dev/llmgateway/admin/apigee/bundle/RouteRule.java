package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route rule of a proxy endpoint. Without a target endpoint the proxy calls no backend, which is
 * how the guide's proxy runs behind the GKE Inference Gateway's traffic extension.
 */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class RouteRule {

  RouteRule() {}

  /**
   * Creates a route rule without a target ({@code <RouteRule name="default"/>}).
   *
   * @param name the rule name
   * @return the rule
   */
  public static RouteRule noTarget(String name) {
    return ImmutableRouteRule.of(name, Optional.empty(), Optional.empty());
  }

  /**
   * Creates a route rule to a target endpoint of the bundle.
   *
   * @param name the rule name
   * @param targetEndpoint the target endpoint name
   * @return the rule
   */
  public static RouteRule toTarget(String name, String targetEndpoint) {
    return ImmutableRouteRule.of(
        name,
        Optional.of(
            Checks.notBlank(
                Checks.notNullArgument(targetEndpoint, "targetEndpoint"), "targetEndpoint")),
        Optional.empty());
  }

  /**
   * Returns a copy that applies only when {@code condition} holds.
   *
   * @param condition the condition
   * @return the conditional rule
   */
  public RouteRule when(String condition) {
    return ImmutableRouteRule.of(
        name(),
        targetEndpoint(),
        Optional.of(Checks.notBlank(Checks.notNullArgument(condition, "condition"), "condition")));
  }

  /**
   * Returns the rule name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the target endpoint.
   *
   * @return the target endpoint name, or empty for a rule without a backend
   */
  @Value.Parameter
  public abstract Optional<String> targetEndpoint();

  /**
   * Returns the condition.
   *
   * @return the condition, or empty when the rule always applies
   */
  @Value.Parameter
  public abstract Optional<String> condition();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "routeRule name");
  }

  @Override
  public String toString() {
    return "RouteRule{" + name() + targetEndpoint().map(t -> " -> " + t).orElse("") + "}";
  }
}
