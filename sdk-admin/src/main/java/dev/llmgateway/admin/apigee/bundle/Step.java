package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A step of a flow: a policy name and an optional condition. */
public final class Step {

  private final String policy;
  private final @Nullable String condition;

  private Step(String policy, @Nullable String condition) {
    this.policy = Checks.notBlank("step policy", policy);
    this.condition = condition == null ? null : Checks.notBlank("step condition", condition);
  }

  /**
   * Creates an unconditional step.
   *
   * @param policy the policy name
   * @return the step
   */
  public static Step of(String policy) {
    return new Step(policy, null);
  }

  /**
   * Creates a conditional step, e.g. {@code Step.of("EV-Extract", "response.content != null")}.
   *
   * @param policy the policy name
   * @param condition the condition
   * @return the step
   */
  public static Step of(String policy, String condition) {
    return new Step(policy, Checks.notNull("condition", condition));
  }

  /**
   * Returns the policy name.
   *
   * @return the policy name
   */
  public String policy() {
    return policy;
  }

  /**
   * Returns the condition.
   *
   * @return the condition, or empty if the step always runs
   */
  public Optional<String> condition() {
    return Optional.ofNullable(condition);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Step
        && ((Step) o).policy.equals(policy)
        && Objects.equals(((Step) o).condition, condition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, condition);
  }

  @Override
  public String toString() {
    return condition == null ? policy : policy + " if " + condition;
  }
}
