package dev.llmgateway.emulator.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.emulator.GatewayEmulator;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;

/**
 * Clients for the emulator's Kubernetes and Apigee management APIs that record every request sent
 * ({@code METHOD path?query}) and can fail the first request that matches a rule, as a server
 * failing half-way through an apply would.
 */
final class RecordedCalls implements AutoCloseable {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  final List<String> kube = new CopyOnWriteArrayList<>();
  final List<String> apigee = new CopyOnWriteArrayList<>();
  private volatile Predicate<String> failKube = call -> false;
  private final KubernetesClient kubeClient;
  private final ApigeeClient apigeeClient;

  RecordedCalls(GatewayEmulator emulator) {
    Config config;
    try {
      config = Config.fromKubeconfig(Files.readString(emulator.kubeconfig()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Interceptor recorder =
        new Interceptor() {
          @Override
          public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            String call = request.method() + " " + request.uri().getRawPath() + query(request);
            kube.add(call);
            if (failKube.test(call)) {
              failKube = c -> false;
              throw new IllegalStateException("injected failure of " + call);
            }
          }
        };
    kubeClient =
        new KubernetesClientBuilder()
            .withConfig(config)
            .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor("recorder", recorder))
            .build();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  var r = chain.request();
                  String q = r.url().encodedQuery();
                  apigee.add(r.method() + " " + r.url().encodedPath() + (q == null ? "" : "?" + q));
                  return chain.proceed(r);
                })
            .build();
    apigeeClient =
        ApigeeClient.builder()
            .baseUrl(emulator.apigeeUrl())
            .organization(GatewayEmulator.ORGANIZATION)
            .accessToken("emulator-token")
            .okHttpClient(http)
            .pollInterval(Duration.ofMillis(50))
            .build();
  }

  KubernetesClient kubernetesClient() {
    return kubeClient;
  }

  ApigeeClient apigeeClient() {
    return apigeeClient;
  }

  /** Fails the next Kubernetes request that matches, once, before it is sent. */
  void failNextKube(Predicate<String> rule) {
    failKube = rule;
  }

  void clear() {
    kube.clear();
    apigee.clear();
  }

  /** Returns the Kubernetes requests that write: a dry run does not. */
  List<String> kubeWrites() {
    List<String> writes = new ArrayList<>();
    for (String call : kube) {
      String method = call.substring(0, call.indexOf(' '));
      if (WRITES.contains(method) && !call.contains("dryRun=All")) {
        writes.add(call);
      }
    }
    return writes;
  }

  /** Returns the Apigee requests that are not reads. */
  List<String> apigeeWrites() {
    return apigee.stream().filter(c -> !c.startsWith("GET ")).toList();
  }

  private static String query(HttpRequest request) {
    String q = request.uri().getRawQuery();
    return q == null ? "" : "?" + q;
  }

  @Override
  public void close() {
    apigeeClient.close();
    kubeClient.close();
  }
}
