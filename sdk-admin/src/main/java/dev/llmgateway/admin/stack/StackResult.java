package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code apply()} or {@code destroy()} did: one event per step, the smoke test's result and
 * the shared parts destroy kept.
 *
 * <p>Immutable.
 */
@Value.Immutable
@ValueStyle
public abstract class StackResult {

  StackResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns one {@link StackEvent.Type#STEP} event per step, in order.
   *
   * @return the steps
   */
  public abstract List<StackEvent> steps();

  /**
   * Returns the smoke test's result when apply ran it.
   *
   * @return the result, or empty
   */
  public abstract Optional<SmokeTestResult> smokeTest();

  /**
   * Returns the shared parts destroy left in place, each with the reason.
   *
   * @return the kept parts, empty for apply
   */
  public abstract List<String> kept();

  /**
   * Returns whether any step wrote something.
   *
   * @return true when a step created, updated or deleted a part
   */
  public boolean changed() {
    return steps().stream().anyMatch(s -> s.outcome().map(Outcome::changed).orElse(false));
  }

  /** Builder of {@link StackResult}. */
  public static final class Builder extends ImmutableStackResult.Builder {
    Builder() {}
  }
}
