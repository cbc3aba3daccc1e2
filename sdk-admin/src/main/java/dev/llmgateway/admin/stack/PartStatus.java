package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The readiness of one part of the stack, as {@link InferenceGatewayStack#status()} observed it.
 *
 * <p>Immutable; required fields: all.
 */
@Value.Immutable
@ValueStyle
public abstract class PartStatus {

  PartStatus() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns where the part lives.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the part's kind, as in {@link PlannedChange#kind()}.
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * Returns the part's name, as in {@link PlannedChange#name()}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns whether the part is ready.
   *
   * @return true when ready
   */
  public abstract boolean ready();

  /**
   * Returns what was observed: for a ready part its state (such as {@code Programmed=True}), for
   * one that is not the reason (such as {@code absent}, {@code state=CREATING} or the controller's
   * failure reason and message).
   *
   * @return the observation
   */
  public abstract String detail();

  @Override
  public String toString() {
    return target().label()
        + " "
        + kind()
        + " "
        + name()
        + ": "
        + (ready() ? "ready" : "NOT READY")
        + " ("
        + detail()
        + ")";
  }

  /** Builder of {@link PartStatus}. */
  public static final class Builder extends ImmutablePartStatus.Builder {
    Builder() {}
  }
}
