package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The runtime state of a deployment; an open set of values (unknown states from newer servers are
 * kept as they are).
 */
public final class DeploymentState {

  /** The deployment serves traffic. */
  public static final DeploymentState READY = new DeploymentState("READY");

  /** The deployment is being rolled out. */
  public static final DeploymentState PROGRESSING = new DeploymentState("PROGRESSING");

  /** The deployment failed; see its errors. */
  public static final DeploymentState ERROR = new DeploymentState("ERROR");

  /** The server reported no state. */
  public static final DeploymentState UNSPECIFIED =
      new DeploymentState("RUNTIME_STATE_UNSPECIFIED");

  private final String value;

  private DeploymentState(String value) {
    this.value = value;
  }

  /**
   * Returns the state for a wire value.
   *
   * @param value the wire value, e.g. {@code READY}; null or empty means unspecified
   * @return the state
   */
  @JsonCreator
  public static DeploymentState of(@Nullable String value) {
    if (value == null || value.isEmpty() || value.equals(UNSPECIFIED.value)) {
      return UNSPECIFIED;
    }
    switch (value) {
      case "READY":
        return READY;
      case "PROGRESSING":
        return PROGRESSING;
      case "ERROR":
        return ERROR;
      default:
        return new DeploymentState(value);
    }
  }

  /**
   * Returns the wire value.
   *
   * @return the wire value, e.g. {@code READY}
   */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeploymentState && ((DeploymentState) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
