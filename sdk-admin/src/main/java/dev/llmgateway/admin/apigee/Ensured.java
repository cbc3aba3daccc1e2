package dev.llmgateway.admin.apigee;

import java.util.Objects;

/**
 * The result of an idempotent {@code ensure(..)}: the resource as it now is and what was done.
 *
 * @param <T> the resource type
 */
public final class Ensured<T> {

  /** What {@code ensure(..)} did. */
  public enum Action {
    /** The resource did not exist and was created. */
    CREATED,
    /** The resource existed but differed and was updated. */
    UPDATED,
    /** The resource existed as requested; nothing was written. */
    UNCHANGED
  }

  private final T value;
  private final Action action;

  private Ensured(T value, Action action) {
    this.value = Objects.requireNonNull(value, "value == null");
    this.action = Objects.requireNonNull(action, "action == null");
  }

  /**
   * Creates a result.
   *
   * @param value the resource as it now is
   * @param action what was done
   * @param <T> the resource type
   * @return the result
   */
  public static <T> Ensured<T> of(T value, Action action) {
    return new Ensured<>(value, action);
  }

  /**
   * Returns the resource as it now is.
   *
   * @return the resource
   */
  public T value() {
    return value;
  }

  /**
   * Returns what was done.
   *
   * @return the action
   */
  public Action action() {
    return action;
  }

  @Override
  public String toString() {
    return action + " " + value;
  }
}
