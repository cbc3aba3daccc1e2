package dev.llmgateway.examples;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.names.RevisionName;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.emulator.ClusterSetup;
import dev.llmgateway.emulator.GatewayEmulator;
import dev.llmgateway.emulator.ResponseMode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The README's main job: walks the setup guide end to end on a gateway emulator that runs on this
 * machine (Apigee, a Kubernetes API, the Inference Gateway and vLLM model servers that answer
 * {@value #ANSWER}, all on loopback), narrating each step:
 *
 * <ol>
 *   <li>apply the guide's cluster objects with {@code KubernetesApplier} and wait for them;
 *   <li>a call without a key gets the APIM operator's default-security fault;
 *   <li>apply the APIProduct and APIOperationSet (5 requests per minute);
 *   <li>create a developer and an app with {@code ApigeeClient}; its key gets answers, streamed
 *       too;
 *   <li>the request quota runs out: {@code QuotaExceededException};
 *   <li>import and deploy the guide's token-quota proxy: tokens are counted instead of requests;
 *   <li>destroy everything.
 * </ol>
 *
 * <p>The same calls run against GKE and Apigee: only the URLs and credentials differ. Exits with
 * status 1 if a step does not turn out as the guide says, so CI notices.
 */
public final class QuickStart {
  static final String MODEL = "/gcs/google/gemma-3-1b-it";
  static final String ENV = GuideResources.DEFAULT_APIGEE_ENV;
  static final String PRODUCT = "api-inf-gw-product";
  static final String DEVELOPER = "newcomer@example.com";
  static final String APP = "quickstart-app";
  static final long QUOTA_PER_MINUTE = 5;
  static final String ANSWER = "The capital of France is Paris.";

  /** What the walk showed, for the test. */
  record Outcome(
      String defaultSecurityFault,
      String answer,
      String streamedAnswer,
      int callsWithinQuota,
      String quotaFault,
      Usage tokensOfOneCall,
      String tokenQuotaFault,
      int objectsDeleted) {}

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    try {
      run(System.out);
    } catch (RuntimeException e) {
      System.err.println("quick start FAILED: " + e);
      System.exit(1);
    }
    System.out.printf("quick start: OK in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  /** Walks the guide on a fresh emulator, narrating to {@code out}. */
  static Outcome run(PrintStream out) {
    try (GatewayEmulator emulator =
        GatewayEmulator.builder()
            .clusterSetup(ClusterSetup.EMPTY)
            .responseMode(ResponseMode.fixedAnswer(ANSWER))
            .start()) {
      out.println("1. Started the gateway emulator (nothing applied yet):");
      out.println("   gateway " + emulator.baseUrl() + ", Apigee API " + emulator.apigeeUrl());
      out.println(
          "   Kubernetes API " + emulator.kubeUrl() + ", kubeconfig " + emulator.kubeconfig());

      List<HasMetadata> guide =
          GuideResources.builder().quotaPerMinute(QUOTA_PER_MINUTE).build().objects();
      List<HasMetadata> productObjects = productObjects(guide);
      List<HasMetadata> clusterObjects = withoutProductObjects(guide);
      KubernetesApplier applier =
          KubernetesApplier.builder()
              .client(emulator.kubernetesClient())
              .defaultTimeout(Duration.ofSeconds(30))
              .build();
      applier.applyAndWait(clusterObjects);
      out.println(
          "2. Applied and waited for "
              + clusterObjects.size()
              + " cluster objects of the guide (Endpoint Picker, Gateway, HTTPRoute,"
              + " ApigeeBackendService, GCPTrafficExtension, ...)");

      String defaultSecurityFault;
      try (GatewayClient noKey = client(emulator, null)) {
        defaultSecurityFault = expectFault(noKey);
      }
      out.println("3. A call without a key, before any API product: " + defaultSecurityFault);

      applier.applyAndWait(productObjects);
      out.println(
          "4. Applied the APIProduct "
              + PRODUCT
              + " and its APIOperationSet ("
              + QUOTA_PER_MINUTE
              + " requests per minute)");

      ApigeeClient apigee = emulator.apigeeClient(); // as for apigee.googleapis.com
      String key = createDeveloperApp(apigee);
      out.println("5. Created developer " + DEVELOPER + " and app " + APP + " with ApigeeClient");

      try (GatewayClient client = client(emulator, key)) {
        String answer = answer(client.chat().create(question()));
        out.println("6. With the app's key, the answer: " + answer);
        String streamed = streamedAnswer(client);
        out.println("7. Streamed: " + streamed);

        int callsWithinQuota = 2;
        String quotaFault = null;
        while (quotaFault == null) {
          try {
            client.chat().create(question());
            callsWithinQuota++;
          } catch (QuotaExceededException e) {
            quotaFault = describe(e);
          }
        }
        out.println(
            "8. After " + callsWithinQuota + " calls this minute the quota ran out: " + quotaFault);

        RevisionName proxy = deployTokenQuotaProxy(apigee);
        out.println(
            "9. Imported and deployed the guide's token-quota proxy ("
                + TokenQuotaPreset.DEFAULT_PROXY_NAME
                + "): it counts tokens against the product's quota ("
                + QUOTA_PER_MINUTE
                + " per minute) instead of requests");
        Usage usage = client.chat().create(question()).usage().orElseThrow();
        out.println(
            "   a call answers again and uses "
                + usage.promptTokens()
                + " prompt + "
                + usage.completionTokens()
                + " completion = "
                + usage.totalTokens()
                + " tokens");
        String tokenQuotaFault = expectQuotaFault(client);
        out.println("   so the next call is over the token quota: " + tokenQuotaFault);

        int deleted = destroy(apigee, proxy, applier, guide);
        out.println(
            "10. Destroyed the proxy, the app, the developer and "
                + deleted
                + " cluster objects; closing the emulator");
        return new Outcome(
            defaultSecurityFault,
            answer,
            streamed,
            callsWithinQuota,
            quotaFault,
            usage,
            tokenQuotaFault,
            deleted);
      }
    }
  }

  /** A client for the gateway, with the key when given; retries off so each limit shows at once. */
  private static GatewayClient client(GatewayEmulator emulator, @Nullable String key) {
    GatewayClient.Builder b = GatewayClient.builder().baseUrl(emulator.baseUrl()).maxRetries(0);
    if (key != null) {
      b.apiKey(key);
    }
    return b.build();
  }

  private static ChatCompletionRequest question() {
    return ChatCompletionRequest.builder()
        .model(MODEL)
        .addUserMessage("What is the capital of France?")
        .maxTokens(10)
        .build();
  }

  private static String answer(ChatCompletion completion) {
    return completion.choices().get(0).message().content().orElse("");
  }

  private static String streamedAnswer(GatewayClient client) {
    StringBuilder text = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().stream(question())) {
      stream.stream()
          .forEach(
              chunk -> chunk.choices().forEach(c -> c.delta().content().ifPresent(text::append)));
    }
    return text.toString();
  }

  private static String expectFault(GatewayClient client) {
    try {
      client.chat().create(question());
    } catch (GatewayException e) {
      return describe(e);
    }
    throw new IllegalStateException("the call succeeded but the gateway should have refused it");
  }

  private static String expectQuotaFault(GatewayClient client) {
    try {
      client.chat().create(question());
    } catch (QuotaExceededException e) {
      return describe(e);
    }
    throw new IllegalStateException("the call succeeded but the token quota should have run out");
  }

  private static String describe(GatewayException e) {
    return e.getClass().getSimpleName()
        + " (HTTP "
        + e.statusCode()
        + ", "
        + e.errorCode().orElse("no error code")
        + ")";
  }

  private static String createDeveloperApp(ApigeeClient apigee) {
    apigee
        .developers()
        .create(
            Developer.builder()
                .email(DEVELOPER)
                .firstName("New")
                .lastName("Comer")
                .userName("newcomer")
                .build());
    apigee
        .developerApps()
        .create(DEVELOPER, DeveloperApp.builder().name(APP).addApiProduct(PRODUCT).build());
    return apigee
        .developerApps()
        .approvedKey(DEVELOPER, APP, PRODUCT)
        .orElseThrow(() -> new IllegalStateException("the app has no approved key"))
        .value();
  }

  private static RevisionName deployTokenQuotaProxy(ApigeeClient apigee) {
    ProxyRevision revision = apigee.apiProxies().importBundle(TokenQuotaPreset.bundle());
    RevisionName name = apigee.apiProxies().revisionName(revision);
    apigee.deployments().deployAndWait(ENV, name, Duration.ofSeconds(30));
    return name;
  }

  private static int destroy(
      ApigeeClient apigee, RevisionName proxy, KubernetesApplier applier, List<HasMetadata> guide) {
    apigee.deployments().undeploy(ENV, proxy);
    apigee.apiProxies().delete(TokenQuotaPreset.DEFAULT_PROXY_NAME);
    apigee.developerApps().delete(DEVELOPER, APP);
    apigee.developers().delete(DEVELOPER);
    return applier.delete(guide);
  }

  private static List<HasMetadata> productObjects(List<HasMetadata> guide) {
    return guide.stream().filter(QuickStart::isProductObject).toList();
  }

  private static List<HasMetadata> withoutProductObjects(List<HasMetadata> guide) {
    return guide.stream().filter(o -> !isProductObject(o)).toList();
  }

  private static boolean isProductObject(HasMetadata o) {
    return o instanceof ApiProduct || o instanceof ApiOperationSet;
  }
}
