package dev.llmgateway.emulator.internal.apigee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.BundleParser;
import dev.llmgateway.emulator.internal.apigee.bundle.ParsedBundle;
import dev.llmgateway.emulator.internal.apigee.store.OrgStore;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One emulated Apigee for a test: Vert.x, a settable clock, a cluster state, the emulator started
 * on a free loopback port, and helpers to call the runtime as the front door does.
 */
public final class ApigeeHarness implements AutoCloseable {

  /** The guide's organization. */
  public static final String ORG = GuideResources.DEFAULT_PROJECT;

  /** The guide's environment. */
  public static final String ENV = GuideResources.DEFAULT_APIGEE_ENV;

  /** The guide's ApigeeBackendService, and so its proxy's name. */
  public static final String BACKEND = "apigee-llm-inf-gw";

  /** The guide's API product. */
  public static final String PRODUCT = "api-inf-gw-product";

  public final Vertx vertx = Vertx.vertx();
  public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:30Z"));
  public final FixedClusterState cluster = new FixedClusterState();
  public final ApigeeEmulator emulator;
  private final AtomicInteger apps = new AtomicInteger();

  /** Starts an emulator with immediate deployments. */
  public ApigeeHarness() {
    this(Duration.ZERO);
  }

  /** Starts an emulator whose deployments settle after {@code delay}. */
  public ApigeeHarness(Duration delay) {
    emulator =
        ApigeeEmulator.builder()
            .vertx(vertx)
            .clock(clock)
            .clusterState(cluster)
            .organization(ORG, ENV, "other-env")
            .deploymentDelay(delay)
            .build();
    await(emulator.start());
  }

  /** Waits for a future (at most 10 s). */
  public static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("future did not complete: " + e, e);
    }
  }

  /** The guide's objects with a request quota per minute. */
  public static List<HasMetadata> guide(long quotaPerMinute) {
    return GuideResources.builder().project(ORG).quotaPerMinute(quotaPerMinute).build().objects();
  }

  /** Applies the guide's ApigeeBackendService and GCPTrafficExtension. */
  public void applyBackend() {
    cluster.apply(
        guide(100).stream()
            .filter(o -> o instanceof ApigeeBackendService || o instanceof GcpTrafficExtension)
            .toList());
  }

  /** Applies the guide's APIProduct and APIOperationSet with a request quota per minute. */
  public void applyProduct(long quotaPerMinute) {
    cluster.apply(
        guide(quotaPerMinute).stream()
            .filter(o -> o instanceof ApiProduct || o instanceof ApiOperationSet)
            .toList());
  }

  /** Returns a management API client for the emulator (no credentials, no retries). */
  public ApigeeClient client() {
    return ApigeeClient.builder()
        .baseUrl(emulator.url())
        .organization(ORG)
        .unauthenticated()
        .maxRetries(0)
        .build();
  }

  /** Returns the organization's store. */
  public OrgStore org() {
    return emulator.store().org(ORG);
  }

  /** Creates a developer and a new app subscribed to the product and returns its key. */
  public String newKey(String product) {
    return emulator.createDeveloperApp(
        ORG, "dev@example.com", "app-" + apps.incrementAndGet(), List.of(product));
  }

  /** Imports a bundle zip under a name and deploys it with override in the guide's environment. */
  public JsonNode deploy(String proxy, byte[] zip) {
    try {
      ParsedBundle b = BundleParser.parse(proxy, org().proxies().nextRevision(proxy), zip);
      String revision = org().proxies().store(proxy, zip, b).path("revision").asString();
      return org().deployments().deploy(ENV, proxy, revision, true);
    } catch (Exception e) {
      throw new AssertionError("bundle rejected: " + e, e);
    }
  }

  /** Builds an exchange as the front door would. */
  public static Exchange exchange(String method, String path, @Nullable String key) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    if (key != null) {
      headers.add("x-api-key", key);
    }
    return new Exchange(
        method, path, headers, Buffer.buffer("{\"model\":\"m\"}"), "req-" + System.nanoTime());
  }

  /** Runs the request flow. */
  public @Nullable Fault request(Exchange ex) {
    return await(emulator.governance().onRequest(ex));
  }

  /** Runs the request flow of a chat completion with a key. */
  public @Nullable Fault chat(@Nullable String key) {
    return request(exchange("POST", "/v1/chat/completions", key));
  }

  /** Runs the response flow of a non-streamed answer whose usage has {@code totalTokens}. */
  public @Nullable Fault respond(Exchange ex, int totalTokens) {
    String body =
        "{\"id\":\"c\",\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":"
            + (totalTokens - 1)
            + ",\"total_tokens\":"
            + totalTokens
            + "}}";
    return await(
        emulator
            .governance()
            .onResponse(ex, 200, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer(body)));
  }

  /** Asserts a fault's status, Content-Type and exact body bytes. */
  public static void assertFault(
      @Nullable Fault f, int status, String errorcode, String faultstring) {
    String expected =
        "{\"fault\":{\"faultstring\":\""
            + faultstring
            + "\",\"detail\":{\"errorcode\":\""
            + errorcode
            + "\"}}}";
    if (f == null) {
      throw new AssertionError("expected a fault " + errorcode + " but the call passed");
    }
    assertEquals(status, f.status(), "status");
    assertEquals("application/json", f.headers().get("Content-Type"), "Content-Type");
    assertEquals(expected, new String(f.body(), StandardCharsets.UTF_8), "body");
  }

  @Override
  public void close() {
    await(emulator.close());
    await(vertx.close());
  }
}
