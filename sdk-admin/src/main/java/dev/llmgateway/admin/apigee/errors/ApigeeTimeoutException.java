package dev.llmgateway.admin.apigee.errors;

import dev.llmgateway.admin.apigee.model.Deployment;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Thrown when waiting for a deployment to become {@code READY} ran out of time. */
public final class ApigeeTimeoutException extends ApigeeException {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable Deployment lastSeen;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param lastSeen the deployment as last read, or null if it was never read
   */
  public ApigeeTimeoutException(String message, @Nullable Deployment lastSeen) {
    super(message, 0, "DEADLINE_EXCEEDED", "", List.of(), null);
    this.lastSeen = lastSeen;
  }

  /**
   * Returns the deployment as last read.
   *
   * @return the last deployment read, or empty
   */
  public Optional<Deployment> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }
}
