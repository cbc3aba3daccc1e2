package dev.llmgateway.admin.k8s;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resource did not become ready: either a controller reported a failure (a {@code False}
 * condition, an Apigee {@code errorMessage}) or the wait timed out.
 */
public final class ResourceNotReadyException extends ClusterOperationException {

  private static final long serialVersionUID = 1L;

  /** The resource as {@code Kind namespace/name}. */
  private final String resource;

  /** The controller's reason, if any. */
  private final @Nullable String reason;

  /** Whether the wait timed out. */
  private final boolean timedOut;

  /**
   * Creates an exception.
   *
   * @param resource the resource as {@code Kind namespace/name}
   * @param reason the condition's reason or the reported state, or null when unknown
   * @param timedOut whether the wait ran out of time
   * @param message the full message
   */
  public ResourceNotReadyException(
      String resource, @Nullable String reason, boolean timedOut, String message) {
    super(message, null);
    this.resource = resource;
    this.reason = reason;
    this.timedOut = timedOut;
  }

  /**
   * Returns the resource as {@code Kind namespace/name}.
   *
   * @return the resource
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the reason the controller gave, for example {@code NoResources} or {@code
   * BackendNotFound}.
   *
   * @return the reason, or empty when none was reported
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns whether the wait timed out (rather than failing on a reported error).
   *
   * @return true on timeout
   */
  public boolean timedOut() {
    return timedOut;
  }
}
