package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.client.Sleeper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The stack's two clients: given ones are used and left open; missing ones are created on first use
 * (the Kubernetes client from the current kubeconfig, the Apigee client from the base URL and token
 * or application default credentials) and closed by {@link #close()}.
 */
final class StackClients implements AutoCloseable {

  private final @Nullable KubernetesClient givenKube;
  private final @Nullable ApigeeClient givenApigee;
  private final String organization;
  private final String apigeeUrl;
  private final @Nullable String accessToken;
  private final Clock clock;
  private final Sleeper sleeper;
  private @Nullable KubernetesClient ownedKube;
  private @Nullable ApigeeClient ownedApigee;
  private boolean closed;

  StackClients(
      @Nullable KubernetesClient kube,
      @Nullable ApigeeClient apigee,
      String organization,
      String apigeeUrl,
      @Nullable String accessToken,
      Clock clock,
      Sleeper sleeper) {
    this.givenKube = kube;
    this.givenApigee = apigee;
    this.organization = organization;
    this.apigeeUrl = apigeeUrl;
    this.accessToken = accessToken;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  synchronized KubernetesClient kube() {
    checkOpen();
    if (givenKube != null) {
      return givenKube;
    }
    if (ownedKube == null) {
      ownedKube = new KubernetesClientBuilder().build();
    }
    return ownedKube;
  }

  synchronized ApigeeClient apigee() {
    checkOpen();
    if (givenApigee != null) {
      return givenApigee;
    }
    if (ownedApigee == null) {
      ApigeeClient.Builder b =
          ApigeeClient.builder()
              .organization(organization)
              .baseUrl(apigeeUrl)
              .clock(clock)
              .sleeper(sleeper);
      if (accessToken != null) {
        b.accessToken(accessToken);
      }
      ownedApigee = b.build();
    }
    return ownedApigee;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the stack is closed");
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (ownedApigee != null) {
        ownedApigee.close();
      }
    } finally {
      if (ownedKube != null) {
        ownedKube.close();
      }
    }
  }
}
