package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Apigee entities the stack made but no longer defines: apps and developers tagged with
 * its attribute under other names (a developer only when all its apps are the stack's), and the
 * token-quota proxy's deployment when the stack no longer deploys it.
 */
final class ApigeeOrphans {

  private static final String TAGGED = "tagged with this stack but no longer part of it";

  private final ApigeeClient apigee;
  private final Polling polling;

  ApigeeOrphans(ApigeeClient apigee, Polling polling) {
    this.apigee = apigee;
    this.polling = polling;
  }

  List<PlanItem> plan(Desired d) {
    Attribute tag = Desired.tag(d.inputs());
    List<PlanItem> items = new ArrayList<>();
    for (Developer dev : apigee.developers().list()) {
      boolean ours = dev.attributes().contains(tag);
      boolean wanted = dev.email().equals(d.developer().email());
      if (!ours && !wanted) {
        continue;
      }
      List<DeveloperApp> apps = apigee.developerApps().list(dev.email());
      boolean allOurs = true;
      for (DeveloperApp app : apps) {
        boolean appOurs = app.attributes().contains(tag);
        allOurs &= appOurs;
        if (appOurs && !(wanted && app.name().equals(d.app().name()))) {
          items.add(app(dev.email(), app.name()));
        }
      }
      if (ours && !wanted && allOurs) {
        items.add(developer(dev.email()));
      }
    }
    if (d.bundle() == null) {
      ApiProxyBundle bundle =
          d.inputs().proxyBundle().orElseGet(() -> TokenQuotaPreset.bundle(d.inputs().proxyName()));
      String env = d.inputs().apigeeEnv();
      ProxyView view = ProxyView.read(apigee, bundle, env);
      if (view.deployedMatches()) {
        items.add(deployment(bundle.name(), env, view.deployed().revision()));
      }
    }
    return items;
  }

  private PlanItem app(String email, String app) {
    return new PlanItem(
        orphan("app", email + "/" + app, TAGGED),
        new Step(
            "app " + email + "/" + app,
            waits ->
                apigee.developerApps().delete(email, app)
                    ? new Step.Done(Outcome.DELETED, "")
                    : new Step.Done(Outcome.ABSENT, "did not exist")));
  }

  private PlanItem developer(String email) {
    return new PlanItem(
        orphan("developer", email, TAGGED),
        new Step(
            "developer " + email,
            waits ->
                apigee.developers().delete(email)
                    ? new Step.Done(Outcome.DELETED, "")
                    : new Step.Done(Outcome.ABSENT, "did not exist")));
  }

  private PlanItem deployment(String proxy, String env, String revision) {
    return new PlanItem(
        orphan("deployment", proxy + "@" + env, "the stack no longer deploys this proxy"),
        new Step(
            "deployment " + proxy + "@" + env, waits -> undeploy(proxy, env, revision, waits)));
  }

  /** Undeploys a revision and waits until the environment no longer lists it. */
  Step.Done undeploy(String proxy, String env, String revision, Progress.Waits waits) {
    RevisionName name = RevisionName.of(apigee.organization().organization(), proxy, revision);
    if (!apigee.deployments().undeploy(env, name)) {
      return new Step.Done(Outcome.ABSENT, "revision " + revision + " was not deployed");
    }
    polling.until(
        "revision " + revision + " of " + proxy + " to leave " + env,
        () ->
            apigee.deployments().listForProxy(proxy).stream()
                .anyMatch(x -> env.equals(x.environment()) && revision.equals(x.revision())),
        listed -> !listed,
        waits);
    return new Step.Done(Outcome.DELETED, "revision " + revision + " undeployed");
  }

  private static PlannedChange orphan(String kind, String name, String note) {
    return PlannedChange.builder()
        .target(Target.APIGEE)
        .kind(kind)
        .name(name)
        .action(ChangeAction.DELETE_ORPHAN)
        .note(note)
        .build();
  }
}
