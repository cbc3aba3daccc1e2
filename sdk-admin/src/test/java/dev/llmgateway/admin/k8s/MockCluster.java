package dev.llmgateway.admin.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;

/**
 * A Fabric8 mock API server in CRUD mode (plain HTTP) whose dispatcher understands server-side
 * apply, with CRDs loaded so that status subresources behave as on a real cluster.
 */
final class MockCluster implements AutoCloseable {
  final KubernetesMockServer server;
  final KubernetesClient client;

  MockCluster() {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new ApplyingCrudDispatcher(),
            false);
    server.init();
    client = server.createClient();
  }

  /** Installs a CRD with a status subresource for the given typed resource class. */
  MockCluster installCrd(Class<? extends HasMetadata> type) {
    client.apiextensions().v1().customResourceDefinitions().resource(crd(type)).create();
    return this;
  }

  static CustomResourceDefinition crd(Class<? extends HasMetadata> type) {
    String group = HasMetadata.getGroup(type);
    String plural = HasMetadata.getPlural(type);
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName(plural + "." + group)
        .endMetadata()
        .withNewSpec()
        .withGroup(group)
        .withScope("Namespaced")
        .withNewNames()
        .withKind(HasMetadata.getKind(type))
        .withPlural(plural)
        .endNames()
        .addNewVersion()
        .withName(HasMetadata.getVersion(type))
        .withServed(true)
        .withStorage(true)
        .withNewSubresources()
        .withNewStatus()
        .endStatus()
        .endSubresources()
        .endVersion()
        .endSpec()
        .build();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
