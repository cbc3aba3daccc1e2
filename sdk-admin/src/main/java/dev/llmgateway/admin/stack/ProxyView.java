package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.model.ApiProxy;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What Apigee has of a proxy in one environment, compared with a bundle: whether the proxy exists,
 * the revision deployed there and the latest revision, each with the bundle files it differs in.
 * Only reads.
 *
 * @param exists whether the proxy exists
 * @param deployed the deployment in the environment, or null
 * @param deployedDiff the files the deployed revision differs in from the bundle
 * @param latest the latest revision, or null
 * @param latestDiff the files the latest revision differs in from the bundle
 */
record ProxyView(
    boolean exists,
    @Nullable Deployment deployed,
    List<String> deployedDiff,
    @Nullable String latest,
    List<String> latestDiff) {

  static ProxyView read(ApigeeClient apigee, ApiProxyBundle bundle, String environment) {
    Optional<ApiProxy> proxy = apigee.apiProxies().find(bundle.name());
    if (proxy.isEmpty()) {
      return new ProxyView(false, null, List.of(), null, List.of());
    }
    Deployment deployed =
        apigee.deployments().listForProxy(bundle.name()).stream()
            .filter(d -> environment.equals(d.environment()))
            .findFirst()
            .orElse(null);
    List<String> deployedDiff =
        deployed == null ? List.of() : diff(apigee, bundle, deployed.revision());
    String latest = proxy.get().latestRevision().orElse(null);
    List<String> latestDiff;
    if (latest == null) {
      latestDiff = List.of();
    } else if (deployed != null && latest.equals(deployed.revision())) {
      latestDiff = deployedDiff;
    } else {
      latestDiff = diff(apigee, bundle, latest);
    }
    return new ProxyView(true, deployed, deployedDiff, latest, latestDiff);
  }

  /** Returns the revision that has the bundle's content: the deployed one, else the latest. */
  Optional<String> matchingRevision() {
    if (deployed != null && deployedDiff.isEmpty()) {
      return Optional.of(deployed.revision());
    }
    if (latest != null && latestDiff.isEmpty()) {
      return Optional.of(latest);
    }
    return Optional.empty();
  }

  /** Returns whether the deployed revision has the bundle's content. */
  boolean deployedMatches() {
    return deployed != null && deployedDiff.isEmpty();
  }

  private static List<String> diff(ApigeeClient apigee, ApiProxyBundle bundle, String revision) {
    RevisionName name =
        RevisionName.of(apigee.organization().organization(), bundle.name(), revision);
    return apigee.apiProxies().differences(name, bundle);
  }
}
