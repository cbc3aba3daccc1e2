package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.names.RevisionName;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads each part's readiness, and the reason when it is not ready. Only reads. */
final class StatusReader {

  private final ClusterOps ops;
  private final ApigeeClient apigee;
  private final Clock clock;

  StatusReader(ClusterOps ops, ApigeeClient apigee, Clock clock) {
    this.ops = ops;
    this.apigee = apigee;
    this.clock = clock;
  }

  List<PartStatus> read(Desired d, Supplier<String> gatewayUrl) {
    List<PartStatus> parts = new ArrayList<>();
    for (HasMetadata o : d.objects()) {
      ClusterOps.PartView v = ops.view(o);
      parts.add(part(Target.CLUSTER, o.getKind(), ClusterParts.name(o), v.ready(), v.detail()));
    }
    parts.add(product(d));
    parts.add(developer(d.developer().email()));
    parts.add(app(d));
    if (d.bundle() != null) {
      parts.add(deployment(d.bundle(), d.inputs().apigeeEnv()));
    }
    try {
      parts.add(
          part(Target.CLUSTER, "gateway URL", d.inputs().gatewayName(), true, gatewayUrl.get()));
    } catch (DiscoveryException e) {
      parts.add(
          part(Target.CLUSTER, "gateway URL", d.inputs().gatewayName(), false, e.getMessage()));
    }
    return parts;
  }

  private PartStatus product(Desired d) {
    String name = d.inputs().productName();
    Optional<ApiProduct> p = apigee.apiProducts().find(name);
    if (p.isEmpty()) {
      return part(
          Target.APIGEE, "API product", name, false, "absent: the APIM operator has not made it");
    }
    List<String> changes =
        d.operationSet()
            .map(s -> ProductShape.wanted(s).changesFrom(ProductShape.of(p.get())))
            .orElse(List.of());
    return changes.isEmpty()
        ? part(
            Target.APIGEE, "API product", name, true, "quota " + ProductShape.of(p.get()).quotas())
        : part(Target.APIGEE, "API product", name, false, "differs: " + String.join(", ", changes));
  }

  private PartStatus developer(String email) {
    Optional<Developer> dev = apigee.developers().find(email);
    if (dev.isEmpty()) {
      return part(Target.APIGEE, "developer", email, false, "absent");
    }
    String status = dev.get().status().orElse("active");
    return part(
        Target.APIGEE, "developer", email, "active".equalsIgnoreCase(status), "status " + status);
  }

  private PartStatus app(Desired d) {
    String email = d.developer().email();
    String name = email + "/" + d.app().name();
    String product = d.inputs().productName();
    if (apigee.developers().find(email).isEmpty()) {
      return part(Target.APIGEE, "app", name, false, "absent (no developer)");
    }
    Optional<DeveloperApp> app = apigee.developerApps().find(email, d.app().name());
    if (app.isEmpty()) {
      return part(Target.APIGEE, "app", name, false, "absent");
    }
    String status = app.get().status().orElse("approved");
    if (!"approved".equalsIgnoreCase(status)) {
      return part(Target.APIGEE, "app", name, false, "status " + status);
    }
    long now = clock.millis();
    boolean keyed = app.get().credentials().stream().anyMatch(c -> c.approvedFor(product, now));
    return keyed
        ? part(Target.APIGEE, "app", name, true, "key approved for " + product)
        : part(Target.APIGEE, "app", name, false, "no unexpired key approved for " + product);
  }

  private PartStatus deployment(ApiProxyBundle bundle, String env) {
    String name = bundle.name() + "@" + env;
    ProxyView view = ProxyView.read(apigee, bundle, env);
    Deployment deployed = view.deployed();
    if (deployed == null) {
      return part(
          Target.APIGEE,
          "deployment",
          name,
          false,
          view.exists() ? "not deployed" : "no such proxy");
    }
    if (!view.deployedMatches()) {
      return part(
          Target.APIGEE,
          "deployment",
          name,
          false,
          "revision " + deployed.revision() + " differs from the bundle: " + view.deployedDiff());
    }
    Deployment state =
        apigee
            .deployments()
            .get(
                env,
                RevisionName.of(
                    apigee.organization().organization(), bundle.name(), deployed.revision()));
    boolean ready = DeploymentState.READY.equals(state.state());
    String detail =
        "revision "
            + deployed.revision()
            + " "
            + state.state()
            + (state.errors().isEmpty() ? "" : " " + state.errors());
    return part(Target.APIGEE, "deployment", name, ready, detail);
  }

  private static PartStatus part(
      Target target, String kind, String name, boolean ready, String detail) {
    return PartStatus.builder()
        .target(target)
        .kind(kind)
        .name(name)
        .ready(ready)
        .detail(detail)
        .build();
  }
}
