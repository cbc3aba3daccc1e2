package dev.llmgateway.admin.k8s;

import org.jspecify.annotations.Nullable;

/**
 * An operation against the Kubernetes API failed: an apply or delete was rejected, a resource did
 * not become ready, or a CRD is missing. Subclasses name the cause; the message says which object
 * and what to check. The hierarchy is sealed: catch by type, but do not subclass.
 */
public sealed class ClusterOperationException extends RuntimeException
    permits ApplyConflictException, MissingCrdException, ResourceNotReadyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed, naming the object
   * @param cause the underlying error, or null
   */
  public ClusterOperationException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
