package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.errors.ApigeeDeploymentException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.errors.ApigeeTimeoutException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.names.ApiProxyName;
import dev.llmgateway.admin.apigee.names.DeploymentName;
import dev.llmgateway.admin.apigee.names.EnvironmentName;
import dev.llmgateway.admin.apigee.names.RevisionName;
import dev.llmgateway.client.internal.check.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deployments of proxy revisions to environments ({@code
 * organizations/{org}/environments/{env}/apis/{api}/revisions/{rev}/deployments}). Obtain from
 * {@link ApigeeClient#deployments()}. This class is thread-safe.
 */
public final class Deployments {

  private final ApigeeContext ctx;

  Deployments(ApigeeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the typed name of the deployment of {@code revision} in {@code environment}.
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @return the name
   */
  public DeploymentName name(String environment, RevisionName revision) {
    return DeploymentName.of(EnvironmentName.of(ctx.organization(), environment), revision);
  }

  /**
   * Deploys a revision ({@code POST .../revisions/{rev}/deployments?override=..}); with {@code
   * override} it replaces other deployed revisions of the proxy in the environment.
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @param override whether to replace a deployed revision of the same proxy
   * @return the deployment as first reported, usually {@code PROGRESSING}
   */
  public Deployment deploy(String environment, RevisionName revision, boolean override) {
    DeploymentName name = name(environment, Checks.notNullArgument(revision, "revision"));
    return ctx.http()
        .call("POST", name)
        .segments("deployments")
        .query("override", Boolean.toString(override))
        .emptyBody()
        .ifUnsure(
            "check with deployments().get(\""
                + environment
                + "\", ..), or use deployments().ensureDeployed(..), which reads it first")
        .read("deployment", ctx.json().reader(Deployment.class));
  }

  /**
   * Reads the deployment of a revision ({@code GET .../revisions/{rev}/deployments}).
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @return the deployment with state, errors and route conflicts
   * @throws ApigeeNotFoundException if the revision is not deployed there
   */
  public Deployment get(String environment, RevisionName revision) {
    DeploymentName name = name(environment, Checks.notNullArgument(revision, "revision"));
    return ctx.http()
        .call("GET", name)
        .segments("deployments")
        .read("deployment", ctx.json().reader(Deployment.class));
  }

  /**
   * Lists the deployments of a proxy in all environments ({@code GET
   * organizations/{org}/apis/{api}/deployments}).
   *
   * @param apiProxy the proxy name
   * @return the deployments, possibly empty
   */
  public List<Deployment> listForProxy(String apiProxy) {
    ApiProxyName name = ApiProxyName.of(ctx.organization(), apiProxy);
    return ctx.json().readDeployments(ctx.http().call("GET", name).segments("deployments").send());
  }

  /**
   * Lists the proxy deployments of an environment ({@code GET
   * organizations/{org}/environments/{env}/deployments}).
   *
   * @param environment the environment name
   * @return the deployments, possibly empty
   */
  public List<Deployment> listInEnvironment(String environment) {
    EnvironmentName name = EnvironmentName.of(ctx.organization(), environment);
    return ctx.json().readDeployments(ctx.http().call("GET", name).segments("deployments").send());
  }

  /**
   * Undeploys a revision.
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @return true if it was undeployed, false if it was not deployed
   */
  public boolean undeploy(String environment, RevisionName revision) {
    DeploymentName name = name(environment, Checks.notNullArgument(revision, "revision"));
    try {
      ctx.http().call("DELETE", name).segments("deployments").send();
      return true;
    } catch (ApigeeNotFoundException e) {
      return false;
    }
  }

  /**
   * Polls the deployment every poll interval until it is {@code READY}.
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @param timeout how long to wait in total
   * @return the ready deployment; check {@link Deployment#routeConflicts()}
   * @throws ApigeeDeploymentException at once when the state is {@code ERROR}, with its errors
   * @throws ApigeeTimeoutException if it is not ready within {@code timeout}
   * @throws ApigeeNotFoundException if the deployment is not there (never deployed, or undeployed
   *     or replaced while waiting); the message says it happened while waiting for {@code READY}
   */
  public Deployment waitUntilReady(String environment, RevisionName revision, Duration timeout) {
    Checks.positive(Checks.notNullArgument(timeout, "timeout"), "timeout");
    DeploymentName name = name(environment, Checks.notNullArgument(revision, "revision"));
    Instant deadline = ctx.clock().instant().plus(timeout);
    Deployment last = null;
    while (true) {
      last = poll(environment, revision);
      if (DeploymentState.READY.equals(last.state())) {
        return last;
      }
      if (DeploymentState.ERROR.equals(last.state())) {
        throw new ApigeeDeploymentException(
            "deployment of "
                + name
                + " failed: "
                + (last.errors().isEmpty() ? "no errors reported" : last.errors())
                + (last.routeConflicts().isEmpty()
                    ? ""
                    : "; route conflicts: " + last.routeConflicts()),
            last);
      }
      Instant now = ctx.clock().instant();
      if (!now.isBefore(deadline)) {
        throw new ApigeeTimeoutException(
            "deployment of "
                + name
                + " not READY after "
                + timeout
                + "; last state "
                + last.state(),
            last);
      }
      Duration wait = ctx.pollInterval();
      Duration left = Duration.between(now, deadline);
      try {
        ctx.sleeper().sleep(wait.compareTo(left) < 0 ? wait : left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApigeeTransportException("interrupted while waiting for " + name, e);
      }
    }
  }

  private Deployment poll(String environment, RevisionName revision) {
    try {
      return get(environment, revision);
    } catch (ApigeeNotFoundException e) {
      throw new ApigeeNotFoundException(
          "deployment of revision "
              + revision.revision()
              + " of "
              + revision.apiProxy()
              + " to environment "
              + environment
              + " was not found while waiting for READY: it was never deployed there, or it was"
              + " undeployed or replaced meanwhile ("
              + e.getMessage()
              + ")",
          e.statusCode(),
          e.status(),
          e.serverMessage(),
          e.details(),
          e);
    }
  }

  /**
   * Deploys a revision with {@code override=true} and waits for {@code READY}, unless the
   * deployments of the proxy ({@code GET organizations/{org}/apis/{api}/deployments}) already list
   * this revision in the environment and its state is {@code READY} (or {@code PROGRESSING}, which
   * is awaited without a new deployment).
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @param timeout how long to wait for readiness
   * @return the deployment, {@code UNCHANGED} if it was already deployed, else {@code CREATED}
   * @throws ApigeeDeploymentException if the deployment fails
   * @throws ApigeeTimeoutException if it is not ready within {@code timeout}
   */
  public Ensured<Deployment> ensureDeployed(
      String environment, RevisionName revision, Duration timeout) {
    Checks.notNullArgument(revision, "revision");
    boolean listed =
        listForProxy(revision.apiProxy()).stream()
            .anyMatch(
                d ->
                    d.environment().equals(environment)
                        && d.revision().equals(revision.revision()));
    if (listed) {
      Deployment current = get(environment, revision);
      if (DeploymentState.READY.equals(current.state())) {
        return Ensured.of(current, Ensured.Action.UNCHANGED);
      }
      if (DeploymentState.PROGRESSING.equals(current.state())) {
        return Ensured.of(waitUntilReady(environment, revision, timeout), Ensured.Action.UNCHANGED);
      }
    }
    return Ensured.of(deployAndWait(environment, revision, timeout), Ensured.Action.CREATED);
  }

  /**
   * Deploys a revision with {@code override=true} and waits until it is {@code READY}.
   *
   * @param environment the environment name
   * @param revision the revision's name
   * @param timeout how long to wait for readiness
   * @return the ready deployment; its route conflicts are those of the deploy response when the
   *     final read reports none
   * @throws ApigeeDeploymentException if the deployment fails
   * @throws ApigeeTimeoutException if it is not ready within {@code timeout}
   */
  public Deployment deployAndWait(String environment, RevisionName revision, Duration timeout) {
    Deployment started = deploy(environment, revision, true);
    Deployment ready = waitUntilReady(environment, revision, timeout);
    if (ready.routeConflicts().isEmpty() && !started.routeConflicts().isEmpty()) {
      return ready.toBuilder().routeConflicts(started.routeConflicts()).build();
    }
    return ready;
  }
}
