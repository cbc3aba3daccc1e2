package dev.llmgateway.emulator;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import java.time.Duration;

/** Proxy bundles imported and deployed through sdk-admin's ApigeeClient. */
final class Proxies {
  private Proxies() {}

  /** Imports the bundle and deploys its new revision with override, waiting until READY. */
  static Deployment deploy(ApigeeClient apigee, ApiProxyBundle bundle) {
    ProxyRevision revision = apigee.apiProxies().importBundle(bundle);
    return apigee
        .deployments()
        .deployAndWait(
            GatewayEmulator.ENVIRONMENT,
            apigee.apiProxies().revisionName(revision),
            Duration.ofSeconds(10));
  }
}
