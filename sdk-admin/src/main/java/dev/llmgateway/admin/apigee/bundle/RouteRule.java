package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A route rule of a proxy endpoint. Without a target endpoint the proxy calls no backend, which is
 * how the guide's proxy runs behind the GKE Inference Gateway's traffic extension.
 */
public final class RouteRule {

  private final String name;
  private final @Nullable String targetEndpoint;
  private final @Nullable String condition;

  private RouteRule(String name, @Nullable String targetEndpoint, @Nullable String condition) {
    this.name = Checks.notBlank("routeRule name", name);
    this.targetEndpoint = targetEndpoint;
    this.condition = condition;
  }

  /**
   * Creates a route rule without a target ({@code <RouteRule name="default"/>}).
   *
   * @param name the rule name
   * @return the rule
   */
  public static RouteRule noTarget(String name) {
    return new RouteRule(name, null, null);
  }

  /**
   * Creates a route rule to a target endpoint of the bundle.
   *
   * @param name the rule name
   * @param targetEndpoint the target endpoint name
   * @return the rule
   */
  public static RouteRule toTarget(String name, String targetEndpoint) {
    return new RouteRule(name, Checks.notBlank("targetEndpoint", targetEndpoint), null);
  }

  /**
   * Returns a copy that applies only when {@code condition} holds.
   *
   * @param condition the condition
   * @return the conditional rule
   */
  public RouteRule when(String condition) {
    return new RouteRule(name, targetEndpoint, Checks.notBlank("condition", condition));
  }

  /**
   * Returns the rule name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the target endpoint name.
   *
   * @return the target, or empty for no backend
   */
  public Optional<String> targetEndpoint() {
    return Optional.ofNullable(targetEndpoint);
  }

  /**
   * Returns the condition.
   *
   * @return the condition, or empty
   */
  public Optional<String> condition() {
    return Optional.ofNullable(condition);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RouteRule)) {
      return false;
    }
    RouteRule r = (RouteRule) o;
    return r.name.equals(name)
        && Objects.equals(r.targetEndpoint, targetEndpoint)
        && Objects.equals(r.condition, condition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, targetEndpoint, condition);
  }

  @Override
  public String toString() {
    return "RouteRule{" + name + (targetEndpoint == null ? "" : " -> " + targetEndpoint) + "}";
  }
}
