package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A flow of an endpoint: the steps that run on the request and on the response, optionally under a
 * condition (conditional flows).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class Flow {

  private final String name;
  private final @Nullable String condition;
  private final List<Step> requestSteps;
  private final List<Step> responseSteps;

  private Flow(Builder b) {
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = Checks.notBlank("flow name", b.name);
    this.condition = b.condition;
    this.requestSteps = Collections.unmodifiableList(new ArrayList<>(b.requestSteps));
    this.responseSteps = Collections.unmodifiableList(new ArrayList<>(b.responseSteps));
  }

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
    return new Builder(this);
  }

  /**
   * Returns the flow name.
   *
   * @return the flow name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the condition of a conditional flow.
   *
   * @return the condition of a conditional flow, or empty when not set
   */
  public Optional<String> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * Returns the steps on the request path.
   *
   * @return the steps on the request path
   */
  public List<Step> requestSteps() {
    return requestSteps;
  }

  /**
   * Returns the steps on the response path.
   *
   * @return the steps on the response path
   */
  public List<Step> responseSteps() {
    return responseSteps;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Flow)) {
      return false;
    }
    Flow o = (Flow) other;
    return Objects.equals(name, o.name)
        && Objects.equals(condition, o.condition)
        && Objects.equals(requestSteps, o.requestSteps)
        && Objects.equals(responseSteps, o.responseSteps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, condition, requestSteps, responseSteps);
  }

  @Override
  public String toString() {
    return "Flow{"
        + "name="
        + name
        + ", "
        + "condition="
        + condition
        + ", "
        + "requestSteps="
        + requestSteps
        + ", "
        + "responseSteps="
        + responseSteps
        + "}";
  }

  /** Builder of {@link Flow}. */
  public static final class Builder {

    private @Nullable String name;
    private @Nullable String condition;
    private final List<Step> requestSteps = new ArrayList<>();
    private final List<Step> responseSteps = new ArrayList<>();

    private Builder() {}

    private Builder(Flow v) {
      this.name = v.name;
      this.condition = v.condition;
      this.requestSteps.addAll(v.requestSteps);
      this.responseSteps.addAll(v.responseSteps);
    }

    /**
     * Sets the flow name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the condition of a conditional flow.
     *
     * @param condition the value, or null to unset
     * @return this builder
     */
    public Builder condition(@Nullable String condition) {
      this.condition = condition;
      return this;
    }

    /**
     * Replaces the steps on the request path.
     *
     * @param requestSteps the new elements
     * @return this builder
     */
    public Builder requestSteps(java.util.Collection<? extends Step> requestSteps) {
      Objects.requireNonNull(requestSteps, "requestSteps == null");
      this.requestSteps.clear();
      for (Step e : requestSteps) {
        addRequestStep(e);
      }
      return this;
    }

    /**
     * Adds one element to the steps on the request path.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRequestStep(Step element) {
      this.requestSteps.add(Objects.requireNonNull(element, "requestSteps element == null"));
      return this;
    }

    /**
     * Replaces the steps on the response path.
     *
     * @param responseSteps the new elements
     * @return this builder
     */
    public Builder responseSteps(java.util.Collection<? extends Step> responseSteps) {
      Objects.requireNonNull(responseSteps, "responseSteps == null");
      this.responseSteps.clear();
      for (Step e : responseSteps) {
        addResponseStep(e);
      }
      return this;
    }

    /**
     * Adds one element to the steps on the response path.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addResponseStep(Step element) {
      this.responseSteps.add(Objects.requireNonNull(element, "responseSteps element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public Flow build() {
      return new Flow(this);
    }
  }
}
