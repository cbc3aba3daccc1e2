package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operation group of an API product: which proxy operations it grants, with quotas.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
public final class OperationGroup {

  private final String operationConfigType;
  private final List<OperationConfig> operationConfigs;

  private OperationGroup(Builder b) {
    this.operationConfigType = OperationGroup.checkType(b.operationConfigType);
    this.operationConfigs = Collections.unmodifiableList(new ArrayList<>(b.operationConfigs));
    Checks.notEmpty("operationConfigs", this.operationConfigs);
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
   * Returns the configuration type, {@code proxy} (default) or {@code remoteservice}.
   *
   * @return the configuration type, {@code proxy} (default) or {@code remoteservice}
   */
  public String operationConfigType() {
    return operationConfigType;
  }

  /**
   * Returns the operation configurations (at least one).
   *
   * @return the operation configurations (at least one)
   */
  public List<OperationConfig> operationConfigs() {
    return operationConfigs;
  }

  static String checkType(String type) {
    if (!"proxy".equals(type) && !"remoteservice".equals(type)) {
      throw new IllegalArgumentException(
          "operationConfigType must be 'proxy' or 'remoteservice' but was '" + type + "'");
    }
    return type;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OperationGroup)) {
      return false;
    }
    OperationGroup o = (OperationGroup) other;
    return Objects.equals(operationConfigType, o.operationConfigType)
        && Objects.equals(operationConfigs, o.operationConfigs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationConfigType, operationConfigs);
  }

  @Override
  public String toString() {
    return "OperationGroup{"
        + "operationConfigType="
        + operationConfigType
        + ", "
        + "operationConfigs="
        + operationConfigs
        + "}";
  }

  /** Builder of {@link OperationGroup}. */
  public static final class Builder {

    private String operationConfigType = "proxy";
    private final List<OperationConfig> operationConfigs = new ArrayList<>();

    private Builder() {}

    private Builder(OperationGroup v) {
      this.operationConfigType = v.operationConfigType;
      this.operationConfigs.addAll(v.operationConfigs);
    }

    /**
     * Sets the configuration type, {@code proxy} (default) or {@code remoteservice}.
     *
     * @param operationConfigType the value
     * @return this builder
     */
    public Builder operationConfigType(String operationConfigType) {
      this.operationConfigType = operationConfigType;
      return this;
    }

    /**
     * Replaces the operation configurations (at least one).
     *
     * @param operationConfigs the new elements
     * @return this builder
     */
    public Builder operationConfigs(
        java.util.Collection<? extends OperationConfig> operationConfigs) {
      Objects.requireNonNull(operationConfigs, "operationConfigs == null");
      this.operationConfigs.clear();
      for (OperationConfig e : operationConfigs) {
        addOperationConfig(e);
      }
      return this;
    }

    /**
     * Adds one element to the operation configurations (at least one).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addOperationConfig(OperationConfig element) {
      this.operationConfigs.add(
          Objects.requireNonNull(element, "operationConfigs element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public OperationGroup build() {
      return new OperationGroup(this);
    }
  }
}
