package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/** A step of a flow: a policy name and an optional condition. */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class Step {

  Step() {}

  /**
   * Creates an unconditional step.
   *
   * @param policy the policy name
   * @return the step
   */
  public static Step of(String policy) {
    return ImmutableStep.of(policy, Optional.empty());
  }

  /**
   * Creates a conditional step, e.g. {@code Step.of("EV-Extract", "response.content != null")}.
   *
   * @param policy the policy name
   * @param condition the condition
   * @return the step
   */
  public static Step of(String policy, String condition) {
    return ImmutableStep.of(policy, Optional.of(Checks.notNullArgument(condition, "condition")));
  }

  /**
   * Returns the policy name.
   *
   * @return the policy name
   */
  @Value.Parameter
  public abstract String policy();

  /**
   * Returns the condition.
   *
   * @return the condition, or empty when the step always runs
   */
  @Value.Parameter
  public abstract Optional<String> condition();

  @Value.Check
  void check() {
    Checks.notBlank(policy(), "step policy");
    condition().ifPresent(c -> Checks.notBlank(c, "step condition"));
  }

  @Override
  public String toString() {
    return condition().map(c -> policy() + " if " + c).orElse(policy());
  }
}
