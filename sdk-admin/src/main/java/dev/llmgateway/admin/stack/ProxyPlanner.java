package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.Ensured;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plans the proxy revision and its deployment: no new revision when the deployed (or else the
 * latest) revision has the bundle's content, no deployment when that revision is deployed.
 */
final class ProxyPlanner {

  private final ApigeeClient apigee;
  private final Duration deployTimeout;

  ProxyPlanner(ApigeeClient apigee, Duration deployTimeout) {
    this.apigee = apigee;
    this.deployTimeout = deployTimeout;
  }

  /** Plans the revision and the deployment of the stack's bundle. */
  List<PlanItem> plan(ApiProxyBundle bundle, String env) {
    ProxyView view = ProxyView.read(apigee, bundle, env);
    AtomicReference<String> revision = new AtomicReference<>();
    return List.of(revision(bundle, env, view, revision), deployment(bundle, env, view, revision));
  }

  private PlanItem revision(
      ApiProxyBundle bundle, String env, ProxyView view, AtomicReference<String> chosen) {
    PlannedChange.Builder change =
        PlannedChange.builder().target(Target.APIGEE).kind("proxy revision").name(bundle.name());
    if (view.deployedMatches()) {
      change.action(ChangeAction.UNCHANGED).note("revision " + view.deployed().revision());
    } else if (view.matchingRevision().isPresent()) {
      change
          .action(ChangeAction.UNCHANGED)
          .note("revision " + view.latest() + " (latest) has this bundle");
    } else if (!view.exists()) {
      change.action(ChangeAction.CREATE).note("new proxy");
    } else {
      change
          .action(ChangeAction.UPDATE)
          .changedFields(view.deployed() != null ? view.deployedDiff() : view.latestDiff())
          .note("new revision");
    }
    Step step =
        new Step(
            "proxy revision " + bundle.name(),
            waits -> {
              ProxyView now = ProxyView.read(apigee, bundle, env);
              if (now.matchingRevision().isPresent()) {
                chosen.set(now.matchingRevision().get());
                return new Step.Done(Outcome.UNCHANGED, "revision " + chosen.get());
              }
              ProxyRevision imported = apigee.apiProxies().importBundle(bundle, true);
              chosen.set(imported.revision());
              return new Step.Done(
                  now.exists() ? Outcome.UPDATED : Outcome.CREATED,
                  "validated and imported revision " + imported.revision());
            });
    return new PlanItem(change.build(), step);
  }

  private PlanItem deployment(
      ApiProxyBundle bundle, String env, ProxyView view, AtomicReference<String> chosen) {
    PlannedChange.Builder change =
        PlannedChange.builder()
            .target(Target.APIGEE)
            .kind("deployment")
            .name(bundle.name() + "@" + env);
    Deployment deployed = view.deployed();
    if (view.deployedMatches()) {
      change.action(ChangeAction.UNCHANGED).note("revision " + deployed.revision());
    } else if (deployed != null) {
      String next = view.matchingRevision().orElse("new");
      change
          .action(ChangeAction.UPDATE)
          .addChangedField("revision: " + deployed.revision() + " -> " + next)
          .note("deployed with override");
    } else {
      change
          .action(ChangeAction.CREATE)
          .note("revision " + view.matchingRevision().orElse("new") + ", with override");
    }
    Step step =
        new Step(
            "deployment " + bundle.name() + "@" + env,
            waits -> {
              RevisionName name =
                  RevisionName.of(
                      apigee.organization().organization(), bundle.name(), chosen.get());
              Deployment current =
                  apigee.deployments().listForProxy(bundle.name()).stream()
                      .filter(x -> env.equals(x.environment()))
                      .findFirst()
                      .orElse(null);
              boolean replaces = current != null && !current.revision().equals(chosen.get());
              if (current == null || replaces) {
                waits.waiting(
                    "deploying revision "
                        + chosen.get()
                        + " with override, waiting up to "
                        + deployTimeout
                        + " for READY");
              }
              Ensured<Deployment> d = apigee.deployments().ensureDeployed(env, name, deployTimeout);
              Outcome outcome =
                  d.action() == Ensured.Action.UNCHANGED
                      ? Outcome.UNCHANGED
                      : replaces ? Outcome.UPDATED : Outcome.CREATED;
              String conflicts =
                  d.value().routeConflicts().isEmpty()
                      ? ""
                      : "; route conflicts: " + d.value().routeConflicts();
              return new Step.Done(
                  outcome, "revision " + chosen.get() + " " + d.value().state() + conflicts);
            });
    return new PlanItem(change.build(), step);
  }
}
