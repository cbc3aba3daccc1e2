package dev.llmgateway.admin.stack;

/** What one step of {@code apply()} or {@code destroy()} did. */
public enum Outcome {
  /** A part was created. */
  CREATED,
  /** A part was changed. */
  UPDATED,
  /** A part was already as defined; nothing was written. */
  UNCHANGED,
  /** A part was deleted (and is gone). */
  DELETED,
  /** A part to delete did not exist; nothing was written. */
  ABSENT,
  /** A shared part was left in place; the step's message says why. */
  KEPT,
  /** A check passed (the discovery or the smoke test). */
  PASSED;

  /**
   * Returns whether the step wrote something.
   *
   * @return true for {@link #CREATED}, {@link #UPDATED} and {@link #DELETED}
   */
  public boolean changed() {
    return this == CREATED || this == UPDATED || this == DELETED;
  }
}
