package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link InferenceGatewayStack#apply()} would do, part by part, in apply order: each cluster
 * object, then the Apigee API product, developer, app, proxy revision and deployment, then the
 * orphans to delete.
 *
 * <p>Immutable; made by {@link InferenceGatewayStack#plan()}.
 */
@Value.Immutable
@ValueStyle
public abstract class StackPlan {

  StackPlan() {}

  /**
   * Creates a plan.
   *
   * @param changes the rows in apply order
   * @return the plan
   */
  public static StackPlan of(List<PlannedChange> changes) {
    return ImmutableStackPlan.builder().changes(changes).build();
  }

  /**
   * Returns the rows in apply order.
   *
   * @return the planned changes
   */
  public abstract List<PlannedChange> changes();

  /**
   * Returns whether apply would change anything.
   *
   * @return true when some row is not {@link ChangeAction#UNCHANGED}
   */
  public boolean hasChanges() {
    return changes().stream().anyMatch(c -> c.action() != ChangeAction.UNCHANGED);
  }

  /**
   * Returns how many rows have an action.
   *
   * @param action the action
   * @return the count
   */
  public int count(ChangeAction action) {
    return (int) changes().stream().filter(c -> c.action() == action).count();
  }

  /**
   * Returns the one-line summary, such as {@code Plan: 3 to create, 1 to update, 0 to delete, 24
   * unchanged.}
   *
   * @return the summary
   */
  public String summary() {
    return "Plan: "
        + count(ChangeAction.CREATE)
        + " to create, "
        + count(ChangeAction.UPDATE)
        + " to update, "
        + count(ChangeAction.DELETE_ORPHAN)
        + " to delete, "
        + count(ChangeAction.UNCHANGED)
        + " unchanged.";
  }

  /**
   * Returns the plan as a table with the columns TARGET, ACTION, KIND, NAME and CHANGES, and the
   * summary as its last line.
   *
   * @return the table
   */
  public String toTable() {
    TextTable table = new TextTable("TARGET", "ACTION", "KIND", "NAME", "CHANGES");
    for (PlannedChange c : changes()) {
      String changes = String.join(", ", c.changedFields());
      String note = c.note().orElse("");
      table.row(
          c.target().label(),
          c.action().label(),
          c.kind(),
          c.name(),
          changes.isEmpty() ? note : note.isEmpty() ? changes : changes + " (" + note + ")");
    }
    return table + summary() + "\n";
  }

  @Override
  public String toString() {
    return toTable();
  }
}
