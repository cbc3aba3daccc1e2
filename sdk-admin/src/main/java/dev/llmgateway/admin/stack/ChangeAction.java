package dev.llmgateway.admin.stack;

/** What {@link InferenceGatewayStack#apply()} would do to one part, as {@code plan()} reports. */
public enum ChangeAction {
  /** The part does not exist and would be created. */
  CREATE,
  /** The part exists and differs; {@link PlannedChange#changedFields()} says where. */
  UPDATE,
  /** The part exists as defined; apply only checks that it is ready. */
  UNCHANGED,
  /**
   * The part carries the stack's label (or attribute) but the stack no longer defines it; apply
   * deletes it.
   */
  DELETE_ORPHAN;

  /**
   * Returns the name used in tables: {@code CREATE}, {@code UPDATE}, {@code UNCHANGED} or {@code
   * DELETE-ORPHAN}.
   *
   * @return the label
   */
  public String label() {
    return name().replace('_', '-');
  }
}
