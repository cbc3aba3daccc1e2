package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flow of an endpoint: the steps that run on the request and on the response, optionally under a
 * condition (conditional flows).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
@Value.Immutable
@ValueStyle
public abstract class Flow {

  Flow() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the flow name.
   *
   * @return the flow name
   */
  public abstract String name();

  /**
   * Returns the condition under which the flow runs (conditional flows).
   *
   * @return the condition, or empty when not set
   */
  public abstract Optional<String> condition();

  /**
   * Returns the steps on the request.
   *
   * @return the request steps
   */
  public abstract List<Step> requestSteps();

  /**
   * Returns the steps on the response.
   *
   * @return the response steps
   */
  public abstract List<Step> responseSteps();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "flow name");
  }

  /** Builder of {@link Flow}. */
  public static final class Builder extends ImmutableFlow.Builder {
    Builder() {}
  }
}
