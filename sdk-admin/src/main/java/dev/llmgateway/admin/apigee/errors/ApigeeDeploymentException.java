package dev.llmgateway.admin.apigee.errors;

import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentError;
import dev.llmgateway.admin.apigee.model.RouteConflict;
import java.util.List;

/** Thrown when a deployment reached state {@code ERROR}; carries its errors and route conflicts. */
public final class ApigeeDeploymentException extends ApigeeException {

  private static final long serialVersionUID = 1L;

  private final transient Deployment deployment;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param deployment the failed deployment as last read
   */
  public ApigeeDeploymentException(String message, Deployment deployment) {
    super(message, 0, "ERROR", "", List.of(), null);
    this.deployment = deployment;
  }

  /**
   * Returns the failed deployment as last read.
   *
   * @return the deployment
   */
  public Deployment deployment() {
    return deployment;
  }

  /**
   * Returns the deployment's errors.
   *
   * @return the errors, possibly empty
   */
  public List<DeploymentError> errors() {
    return deployment.errors();
  }

  /**
   * Returns the deployment's route conflicts.
   *
   * @return the conflicts, possibly empty
   */
  public List<RouteConflict> routeConflicts() {
    return deployment.routeConflicts();
  }
}
