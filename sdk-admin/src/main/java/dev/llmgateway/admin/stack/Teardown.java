package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The steps of destroy, the reverse of apply: the proxy's deployment and the proxy, the app, the
 * developer, the orphans, then the cluster objects in reverse apply order, each waited for until
 * gone. Absent parts count as done. Shared parts are kept unless {@link SharedParts#DELETE}.
 */
final class Teardown {

  private static final Set<String> PRODUCT_KINDS = Set.of("APIProduct", "APIOperationSet");

  private final ApigeeClient apigee;
  private final Planner planner;
  private final SharedParts shared;

  Teardown(ApigeeClient apigee, Planner planner, SharedParts shared) {
    this.apigee = apigee;
    this.planner = planner;
    this.shared = shared;
  }

  List<Step> steps(Desired d) {
    List<Step> steps = new ArrayList<>();
    if (d.bundle() != null) {
      steps.add(deployment(d.bundle(), d.inputs().apigeeEnv()));
      steps.add(proxy(d.bundle()));
    }
    String email = d.developer().email();
    String app = d.app().name();
    steps.add(
        new Step(
            "app " + email + "/" + app,
            waits ->
                apigee.developerApps().delete(email, app)
                    ? new Step.Done(Outcome.DELETED, "")
                    : new Step.Done(Outcome.ABSENT, "did not exist")));
    steps.add(new Step("developer " + email, waits -> developer(email)));
    planner.apigeeOrphans().plan(d).forEach(i -> steps.add(i.step()));
    planner.cluster().orphans(d).forEach(i -> steps.add(i.step()));
    for (HasMetadata o : reversed(KubernetesApplier.applyOrder(d.objects()))) {
      Step delete = planner.cluster().deleteStep(o);
      if (PRODUCT_KINDS.contains(o.getKind()) && shared == SharedParts.KEEP_IF_USED) {
        steps.add(
            new Step(
                delete.subject(),
                waits -> {
                  List<String> users = otherSubscribers(d);
                  if (!users.isEmpty()) {
                    return new Step.Done(
                        Outcome.KEPT,
                        "API product "
                            + d.inputs().productName()
                            + " is used by apps "
                            + String.join(", ", users));
                  }
                  return delete.action().apply(waits);
                }));
      } else {
        steps.add(delete);
      }
    }
    return steps;
  }

  private Step deployment(ApiProxyBundle bundle, String env) {
    return new Step(
        "deployment " + bundle.name() + "@" + env,
        waits -> {
          ProxyView view = ProxyView.read(apigee, bundle, env);
          Deployment deployed = view.deployed();
          if (deployed == null) {
            return new Step.Done(Outcome.ABSENT, "not deployed");
          }
          if (!view.deployedMatches() && shared == SharedParts.KEEP_IF_USED) {
            return new Step.Done(
                Outcome.KEPT,
                "revision "
                    + deployed.revision()
                    + " deployed there is not this stack's bundle ("
                    + String.join(", ", view.deployedDiff())
                    + " differ)");
          }
          return planner.apigeeOrphans().undeploy(bundle.name(), env, deployed.revision(), waits);
        });
  }

  private Step proxy(ApiProxyBundle bundle) {
    String name = bundle.name();
    return new Step(
        "proxy " + name,
        waits -> {
          if (apigee.apiProxies().find(name).isEmpty()) {
            return new Step.Done(Outcome.ABSENT, "did not exist");
          }
          List<Deployment> left = apigee.deployments().listForProxy(name);
          if (!left.isEmpty() && shared == SharedParts.KEEP_IF_USED) {
            List<String> where = new ArrayList<>();
            left.forEach(x -> where.add("revision " + x.revision() + " in " + x.environment()));
            return new Step.Done(Outcome.KEPT, "still deployed: " + String.join(", ", where));
          }
          for (Deployment x : left) {
            planner.apigeeOrphans().undeploy(name, x.environment(), x.revision(), waits);
          }
          return apigee.apiProxies().delete(name)
              ? new Step.Done(Outcome.DELETED, "with its revisions")
              : new Step.Done(Outcome.ABSENT, "did not exist");
        });
  }

  private Step.Done developer(String email) {
    if (apigee.developers().find(email).isEmpty()) {
      return new Step.Done(Outcome.ABSENT, "did not exist");
    }
    List<String> apps = new ArrayList<>();
    apigee.developerApps().list(email).forEach(a -> apps.add(a.name()));
    if (!apps.isEmpty() && shared == SharedParts.KEEP_IF_USED) {
      return new Step.Done(Outcome.KEPT, "owns other apps: " + String.join(", ", apps));
    }
    apigee.developers().delete(email);
    return new Step.Done(Outcome.DELETED, apps.isEmpty() ? "" : "with apps " + apps);
  }

  /** Returns {@code developer/app} of every app but the stack's subscribed to its product. */
  private List<String> otherSubscribers(Desired d) {
    String product = d.inputs().productName();
    List<String> users = new ArrayList<>();
    for (Developer dev : apigee.developers().list()) {
      for (DeveloperApp app : apigee.developerApps().list(dev.email())) {
        boolean ours =
            dev.email().equals(d.developer().email()) && app.name().equals(d.app().name());
        if (!ours && ApigeePlanner.subscribed(app, product)) {
          users.add(dev.email() + "/" + app.name());
        }
      }
    }
    return users;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
