package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a {@link StackPlan}: a cluster object or an Apigee entity and what apply would do to
 * it.
 *
 * <p>Immutable; required fields: {@code target}, {@code kind}, {@code name}, {@code action}.
 */
@Value.Immutable
@ValueStyle
public abstract class PlannedChange {

  PlannedChange() {}

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
   * Returns the part's kind: a Kubernetes kind such as {@code Gateway}, or for Apigee {@code
   * developer}, {@code app}, {@code API product}, {@code proxy revision} or {@code deployment}.
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * Returns the part's name: {@code namespace/name} for namespaced objects, the email of a
   * developer, {@code developer/app} for an app, {@code proxy@environment} for a deployment.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what apply would do.
   *
   * @return the action
   */
  public abstract ChangeAction action();

  /**
   * Returns where an {@link ChangeAction#UPDATE} differs: field paths such as {@code
   * spec.quota.limit}, or for Apigee a field with old and new value, or the bundle files that
   * differ.
   *
   * @return the changed fields, empty for other actions
   */
  public abstract List<String> changedFields();

  /**
   * Returns a remark, such as who makes the part ({@code made by the APIM operator}) or which
   * revision is deployed.
   *
   * @return the remark, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns {@code kind name}.
   *
   * @return the description
   */
  public String subject() {
    return kind() + " " + name();
  }

  @Override
  public String toString() {
    return target().label()
        + " "
        + action().label()
        + " "
        + subject()
        + (changedFields().isEmpty() ? "" : " " + changedFields())
        + note().map(n -> " (" + n + ")").orElse("");
  }

  /** Builder of {@link PlannedChange}. */
  public static final class Builder extends ImmutablePlannedChange.Builder {
    Builder() {}
  }
}
