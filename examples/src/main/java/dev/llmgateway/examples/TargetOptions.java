package dev.llmgateway.examples;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.StackInputs;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where the stack lives: the cluster, the Apigee management API and the gateway's URL. */
final class TargetOptions {

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description =
          "Kubeconfig of the cluster (default: $KUBECONFIG or ~/.kube/config, as kubectl).")
  @Nullable Path kubeconfig;

  @Option(
      names = "--apigee-url",
      paramLabel = "URL",
      description =
          "Apigee management API: a regional or data-residency host, or an emulator (default: "
              + ApigeeClient.DEFAULT_BASE_URL
              + ").")
  String apigeeUrl = ApigeeClient.DEFAULT_BASE_URL;

  @Option(
      names = "--access-token",
      paramLabel = "TOKEN",
      description =
          "OAuth access token, e.g. $(gcloud auth print-access-token); never printed (default:"
              + " application default credentials).")
  @Nullable String accessToken;

  @Option(
      names = "--gateway-url",
      paramLabel = "URL",
      description =
          "Gateway base URL for the smoke test and status (default: the Gateway's address).")
  @Nullable String gatewayUrl;

  /** Returns a client for the cluster of the kubeconfig; the caller closes it. */
  KubernetesClient kubernetesClient() {
    if (kubeconfig == null) {
      return new KubernetesClientBuilder().build();
    }
    try {
      return new KubernetesClientBuilder()
          .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read --kubeconfig " + kubeconfig, e);
    }
  }

  /** Returns a stack builder for these targets (the stack creates and closes its Apigee client). */
  InferenceGatewayStack.Builder stack(StackInputs inputs, KubernetesClient kube) {
    return InferenceGatewayStack.builder()
        .inputs(inputs)
        .kubernetesClient(kube)
        .apigeeUrl(apigeeUrl)
        .accessToken(accessToken)
        .gatewayUrl(gatewayUrl);
  }
}
