package dev.llmgateway.emulator.internal.apigee.mgmt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.Ensured;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.Policy;
import dev.llmgateway.admin.apigee.bundle.Step;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.errors.ApigeeDeploymentException;
import dev.llmgateway.admin.apigee.errors.ApigeeFailedPreconditionException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.model.ApiProxy;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.names.RevisionName;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bundle import, download and deployment through sdk-admin's ApigeeClient. */
class ProxyDeploymentTest {

  static final String ENV = ApigeeHarness.ENV;

  /** A policy type the emulator does not execute. */
  static Policy javaScript(String name) {
    return new Policy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String toXml() {
        return "<Javascript name=\""
            + name
            + "\"><ResourceURL>jsc://a.js</ResourceURL></Javascript>";
      }
    };
  }

  @Test
  void tokenQuotaPreset_importValidateDownloadDeployListUndeployDelete() {
    try (ApigeeHarness apigee = new ApigeeHarness();
        ApigeeClient client = apigee.client()) {
      ApiProxyBundle bundle = TokenQuotaPreset.bundle();
      ProxyRevision rev = client.apiProxies().importBundle(bundle, true);
      assertEquals("1", rev.revision());
      assertEquals(List.of("/v1/samples/apigee-llm-inf-gw"), rev.basepaths());
      assertEquals(4, rev.policies().size());
      ApiProxy proxy = client.apiProxies().get("apigee-llm-inf-gw");
      assertEquals(List.of("1"), proxy.revisions());
      RevisionName name = client.apiProxies().revisionName(rev);
      assertArrayEquals(bundle.toZip(), client.apiProxies().download(name));
      assertEquals(Ensured.Action.UNCHANGED, client.apiProxies().ensureImported(bundle).action());

      Deployment ready = client.deployments().deployAndWait(ENV, name, Duration.ofSeconds(5));
      assertEquals(DeploymentState.READY, ready.state());
      assertEquals(
          Ensured.Action.UNCHANGED,
          client.deployments().ensureDeployed(ENV, name, Duration.ofSeconds(5)).action());
      assertEquals(1, client.deployments().listForProxy("apigee-llm-inf-gw").size());
      assertEquals(ENV, client.deployments().listInEnvironment(ENV).get(0).environment());
      assertTrue(client.deployments().listInEnvironment("other-env").isEmpty());
      assertThrows(
          ApigeeFailedPreconditionException.class,
          () -> client.apiProxies().delete("apigee-llm-inf-gw"));

      assertTrue(client.deployments().undeploy(ENV, name));
      assertThrows(ApigeeNotFoundException.class, () -> client.deployments().get(ENV, name));
      assertTrue(client.apiProxies().delete("apigee-llm-inf-gw"));
      assertTrue(client.apiProxies().find("apigee-llm-inf-gw").isEmpty());
    }
  }

  @Test
  void deploy_secondRevisionWithoutOverride_isRefused_withOverride_replacesTheFirst() {
    try (ApigeeHarness apigee = new ApigeeHarness();
        ApigeeClient client = apigee.client()) {
      RevisionName first =
          client
              .apiProxies()
              .revisionName(client.apiProxies().importBundle(TokenQuotaPreset.bundle()));
      RevisionName second =
          client
              .apiProxies()
              .revisionName(client.apiProxies().importBundle(TokenQuotaPreset.bundle()));
      assertEquals("2", second.revision());
      client.deployments().deploy(ENV, first, false);
      assertThrows(
          ApigeeFailedPreconditionException.class,
          () -> client.deployments().deploy(ENV, second, false));
      client.deployments().deployAndWait(ENV, second, Duration.ofSeconds(5));
      List<Deployment> all = client.deployments().listForProxy("apigee-llm-inf-gw");
      assertEquals(List.of("2"), all.stream().map(Deployment::revision).toList());
    }
  }

  @Test
  void deploy_bundleWithAPolicyTheEmulatorCannotExecute_endsInErrorNamingThePolicy() {
    try (ApigeeHarness apigee = new ApigeeHarness();
        ApigeeClient client = apigee.client()) {
      ApiProxyBundle base = TokenQuotaPreset.bundle("js-proxy");
      ApiProxyBundle bundle =
          base.toBuilder()
              .addPolicy(javaScript("JS-Log"))
              .proxyEndpoints(
                  List.of(
                      base.proxyEndpoints().get(0).toBuilder()
                          .preFlow(
                              base.proxyEndpoints().get(0).preFlow().toBuilder()
                                  .addRequestStep(Step.of("JS-Log"))
                                  .build())
                          .build()))
              .build();
      RevisionName name =
          client.apiProxies().revisionName(client.apiProxies().importBundle(bundle));
      ApigeeDeploymentException e =
          assertThrows(
              ApigeeDeploymentException.class,
              () -> client.deployments().deployAndWait(ENV, name, Duration.ofSeconds(5)));
      Deployment failed = client.deployments().get(ENV, name);
      assertEquals(DeploymentState.ERROR, failed.state());
      assertEquals(1, failed.errors().size());
      assertTrue(
          failed
              .errors()
              .get(0)
              .message()
              .contains("policy 'JS-Log': a Javascript policy, which the emulator cannot execute"),
          failed.errors().toString());
      assertTrue(e.getMessage().contains("JS-Log"), e.getMessage());
    }
  }

  @Test
  void deploy_withDelay_isProgressingFirstThenReadyOnATimer() throws Exception {
    try (ApigeeHarness apigee = new ApigeeHarness(Duration.ofMillis(50));
        ApigeeClient client = apigee.client()) {
      RevisionName name =
          client
              .apiProxies()
              .revisionName(client.apiProxies().importBundle(TokenQuotaPreset.bundle()));
      CountDownLatch settled = new CountDownLatch(1);
      apigee
          .org()
          .addListener(
              () -> {
                if (apigee.org().catalog().serving(ENV, "apigee-llm-inf-gw") != null) {
                  settled.countDown();
                }
              });
      assertEquals(
          DeploymentState.PROGRESSING, client.deployments().deploy(ENV, name, true).state());
      assertEquals(DeploymentState.PROGRESSING, client.deployments().get(ENV, name).state());
      assertTrue(settled.await(5, TimeUnit.SECONDS), "the deployment never settled");
      assertEquals(DeploymentState.READY, client.deployments().get(ENV, name).state());
    }
  }
}
