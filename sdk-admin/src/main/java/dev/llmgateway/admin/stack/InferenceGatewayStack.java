package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.model.ConsumerKey;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.Manifests;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The setup guide as one stack ("this is my gateway"): its cluster objects (the {@code
 * inferencepool} chart, InferenceObjective, Gateway, HTTPRoute, ApigeeBackendService,
 * GCPTrafficExtension, APIProduct, APIOperationSet) and its Apigee entities (the API product the
 * APIM operator makes, a developer, an app subscribed to the product, the token-quota proxy
 * revision and its deployment), made from {@link StackInputs}.
 *
 * <pre>{@code
 * try (InferenceGatewayStack stack = InferenceGatewayStack.builder()
 *     .inputs(StackInputs.builder().project("my-project").developerEmail("dev@example.com").build())
 *     .listener(StackListener.printingTo(System.out))
 *     .build()) {                       // current kubeconfig; application default credentials
 *   System.out.print(stack.render());   // like helm template
 *   System.out.print(stack.plan());     // CREATE / UPDATE / UNCHANGED / DELETE-ORPHAN per part
 *   stack.apply();                      // in order, with waits and a smoke test
 *   System.out.print(stack.status());
 *   stack.destroy();                    // reverse order; keeps a product other apps use
 * }
 * }</pre>
 *
 * <p>{@link #apply()} is idempotent: what is already as defined is only read (a cluster object is
 * compared with a server-side apply dry run, the proxy bundle with the deployed revision), so a
 * second apply sends no write, and an apply that failed half-way resumes where it stopped. Objects
 * are labelled {@code llmgateway.dev/stack} and the developer and app carry the attribute {@code
 * llmgateway-stack}, so that parts the stack no longer defines are found ({@code DELETE-ORPHAN}).
 *
 * <p>This class is thread-safe, but run one operation at a time. {@link #close()} closes the
 * clients the stack created, never given ones.
 */
public final class InferenceGatewayStack implements AutoCloseable {

  private final StackInputs inputs;
  private final StackClients clients;
  private final StackEngine engine;

  private InferenceGatewayStack(StackInputs inputs, StackSettings settings, StackClients clients) {
    this.inputs = inputs;
    this.clients = clients;
    this.engine = new StackEngine(inputs, settings, clients);
  }

  /**
   * Returns a builder; nothing is required (the guide's defaults, the current kubeconfig and
   * application default credentials).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stack's inputs.
   *
   * @return the inputs
   */
  public StackInputs inputs() {
    return inputs;
  }

  /**
   * Returns the model-server label: the given one, or the one the pods carry.
   *
   * @return the label
   * @throws DiscoveryException when it is not given and no pod or pods with different labels have
   *     one
   */
  public String modelServerLabel() {
    return engine.modelServerLabel();
  }

  /**
   * Returns the cluster objects in apply order (copies), with the stack's labels.
   *
   * @return the objects
   * @throws DiscoveryException when the model-server label must be read and cannot be
   */
  public List<HasMetadata> objects() {
    return engine.desired().objects().stream().map(Manifests::copy).toList();
  }

  /**
   * Renders the cluster objects as multi-document YAML, like {@code helm template}; contacts the
   * cluster only to read the model-server label when it is not given.
   *
   * @return the YAML
   */
  public String render() {
    return Manifests.toYaml(engine.desired().objects());
  }

  /**
   * Compares every part with the live cluster and organization. Only reads (cluster objects are
   * compared with what a server-side apply dry run would store).
   *
   * @return the plan
   * @throws DiscoveryException when the model-server label cannot be read
   */
  public StackPlan plan() {
    return engine.plan();
  }

  /**
   * Applies the plan: checks the CRDs, applies each cluster object in dependency order and waits
   * until it is ready, waits for the APIM operator's API product, ensures the developer and the
   * app, imports the proxy bundle unless a deployed (or the latest) revision has its content,
   * deploys it unless deployed, deletes orphans and runs the smoke test. One {@link StackEvent} per
   * step goes to the listener.
   *
   * @return one event per step, and the smoke test's result
   * @throws DiscoveryException when the model-server label cannot be read
   * @throws dev.llmgateway.admin.k8s.MissingCrdException when a CRD is missing (nothing applied)
   * @throws StackStepException when a step fails; run apply again to resume
   */
  public StackResult apply() {
    return engine.apply();
  }

  /**
   * Reads each part's readiness: cluster objects as the applier's waits judge them, the API
   * product, developer, app and key, the deployment, and the gateway's URL. Only reads.
   *
   * @return the status
   */
  public StackStatus status() {
    return engine.status();
  }

  /**
   * Destroys the stack, keeping shared parts in use ({@link SharedParts#KEEP_IF_USED}).
   *
   * @return one event per step, and what was kept
   * @throws StackStepException when a step fails; run destroy again to go on
   */
  public StackResult destroy() {
    return destroy(SharedParts.KEEP_IF_USED);
  }

  /**
   * Destroys the stack in the reverse order of apply, waiting until each part is gone: the
   * deployment and the proxy, the app, the developer, orphans, then the cluster objects. Absent
   * parts count as done, so a partly created stack is destroyed too.
   *
   * @param shared what to do with parts others use
   * @return one event per step, and what was kept
   * @throws StackStepException when a step fails; run destroy again to go on
   */
  public StackResult destroy(SharedParts shared) {
    return engine.destroy(Checks.notNullArgument(shared, "shared"));
  }

  /**
   * Runs the smoke test alone: a call without a key must get an Apigee fault, one with the app's
   * key an answer, retried until Apigee accepts the key (progress goes to the listener as waiting
   * events of step 1/1).
   *
   * @return what the calls got
   * @throws SmokeTestException when a call does not get what it should
   */
  public SmokeTestResult smokeTest() {
    return engine.smokeTest();
  }

  /**
   * Returns the gateway's base URL: the given one, or {@code http://} the Gateway's first address
   * (with the listener's port unless 80).
   *
   * @return the URL
   * @throws DiscoveryException when the Gateway is absent or has no address yet
   */
  public String gatewayUrl() {
    return engine.gatewayUrl();
  }

  /**
   * Returns the app's key approved for the product, the value clients send in {@code x-api-key}. It
   * prints as {@code ****}; {@link ConsumerKey#value()} has the secret.
   *
   * @return the key, or empty when the app or an approved key does not exist
   */
  public Optional<ConsumerKey> apiKey() {
    return engine.apiKey();
  }

  /** Closes the clients the stack created; given clients stay open. */
  @Override
  public void close() {
    clients.close();
  }

  @Override
  public String toString() {
    return "InferenceGatewayStack{name="
        + inputs.name()
        + ", namespace="
        + inputs.namespace()
        + ", organization="
        + inputs.organization()
        + "}";
  }

  /**
   * Builder of {@link InferenceGatewayStack}. Nothing is required. Defaults: {@link
   * StackInputs#defaults()}, a Kubernetes client from the current kubeconfig ({@code KUBECONFIG} or
   * {@code ~/.kube/config}, as kubectl), an Apigee client for {@link ApigeeClient#DEFAULT_BASE_URL}
   * with application default credentials, the smoke test on with 3 minutes to wait for the key
   * every 10 s, waits of 5 minutes per cluster object (15 for a Gateway or ApigeeBackendService)
   * and 10 minutes for Apigee, the system clock and sleeper.
   */
  public static final class Builder {
    private StackInputs inputs = StackInputs.defaults();
    private @Nullable KubernetesClient kubernetesClient;
    private @Nullable ApigeeClient apigeeClient;
    private String apigeeUrl = ApigeeClient.DEFAULT_BASE_URL;
    private @Nullable String accessToken;
    private @Nullable String gatewayUrl;
    private StackListener listener = StackListener.none();
    private boolean smokeTest = true;
    private Duration smokeTestTimeout = Duration.ofMinutes(3);
    private Duration smokeTestInterval = Duration.ofSeconds(10);
    private Duration clusterTimeout = KubernetesApplier.DEFAULT_TIMEOUT;
    private Duration infrastructureTimeout = KubernetesApplier.INFRASTRUCTURE_TIMEOUT;
    private Duration apigeeTimeout = Duration.ofMinutes(10);
    private String fieldManager = KubernetesApplier.FIELD_MANAGER;
    private boolean forceConflicts;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Sets what the stack is made of (default {@link StackInputs#defaults()}).
     *
     * @param inputs the inputs
     * @return this builder
     */
    public Builder inputs(StackInputs inputs) {
      this.inputs = Checks.notNullArgument(inputs, "inputs");
      return this;
    }

    /**
     * Uses this Kubernetes client; the stack does not close it.
     *
     * @param client the client
     * @return this builder
     */
    public Builder kubernetesClient(KubernetesClient client) {
      this.kubernetesClient = Checks.notNullArgument(client, "kubernetesClient");
      return this;
    }

    /**
     * Uses this Apigee client, whose organization must be the inputs' one; the stack does not close
     * it. {@link #apigeeUrl} and {@link #accessToken} then do not apply.
     *
     * @param client the client
     * @return this builder
     */
    public Builder apigeeClient(ApigeeClient client) {
      this.apigeeClient = Checks.notNullArgument(client, "apigeeClient");
      return this;
    }

    /**
     * Sets the management API root of the Apigee client the stack creates (default {@value
     * ApigeeClient#DEFAULT_BASE_URL}).
     *
     * @param url an http or https URL
     * @return this builder
     */
    public Builder apigeeUrl(String url) {
      this.apigeeUrl = Checks.notBlank(url, "apigeeUrl");
      return this;
    }

    /**
     * Sets the OAuth access token of the Apigee client the stack creates (default: application
     * default credentials); never printed.
     *
     * @param token the token, or null for application default credentials
     * @return this builder
     */
    public Builder accessToken(@Nullable String token) {
      this.accessToken = token == null ? null : Checks.notBlank(token, "accessToken");
      return this;
    }

    /**
     * Sets the gateway's base URL for the smoke test and status, such as {@code http://34.0.0.10}
     * (default: read from the Gateway's address and listener port).
     *
     * @param url the URL, or null to read it
     * @return this builder
     */
    public Builder gatewayUrl(@Nullable String url) {
      this.gatewayUrl = url == null ? null : Checks.notBlank(url, "gatewayUrl");
      return this;
    }

    /**
     * Sets who receives progress (default none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(StackListener listener) {
      this.listener = Checks.notNullArgument(listener, "listener");
      return this;
    }

    /**
     * Sets whether apply ends with the smoke test (default true).
     *
     * @param enabled whether to run it
     * @return this builder
     */
    public Builder smokeTest(boolean enabled) {
      this.smokeTest = enabled;
      return this;
    }

    /**
     * Sets how long the smoke test retries until Apigee accepts the key and the gateway routes, and
     * the wait between attempts (default 3 minutes and 10 s: Apigee takes about 180 s to accept a
     * new key).
     *
     * @param timeout the total wait, positive
     * @param interval the wait between attempts, positive
     * @return this builder
     */
    public Builder smokeTestTimeout(Duration timeout, Duration interval) {
      this.smokeTestTimeout = Checks.positive(timeout, "smokeTestTimeout");
      this.smokeTestInterval = Checks.positive(interval, "smokeTestInterval");
      return this;
    }

    /**
     * Sets the waits: for one cluster object to be ready or deleted (default 5 minutes), for a
     * Gateway or ApigeeBackendService, which build cloud infrastructure (default 15 minutes), and
     * for the APIM operator's API product or a proxy deployment (default 10 minutes).
     *
     * @param cluster the wait per cluster object, positive
     * @param infrastructure the wait for a Gateway or ApigeeBackendService, positive
     * @param apigee the wait for Apigee, positive
     * @return this builder
     */
    public Builder timeouts(Duration cluster, Duration infrastructure, Duration apigee) {
      this.clusterTimeout = Checks.positive(cluster, "clusterTimeout");
      this.infrastructureTimeout = Checks.positive(infrastructure, "infrastructureTimeout");
      this.apigeeTimeout = Checks.positive(apigee, "apigeeTimeout");
      return this;
    }

    /**
     * Sets the server-side apply field manager (default {@value KubernetesApplier#FIELD_MANAGER})
     * and whether apply takes over fields other managers own (default false: a conflict fails).
     *
     * @param fieldManager the field manager
     * @param forceConflicts whether to force
     * @return this builder
     */
    public Builder fieldManager(String fieldManager, boolean forceConflicts) {
      this.fieldManager = Checks.notBlank(fieldManager, "fieldManager");
      this.forceConflicts = forceConflicts;
      return this;
    }

    /**
     * Sets the clock of deadlines (default the UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNullArgument(clock, "clock");
      return this;
    }

    /**
     * Sets what waits between polls and smoke-test attempts (default {@link Sleeper#system()}).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNullArgument(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the stack; contacts nothing.
     *
     * @return the stack
     * @throws IllegalArgumentException when a given Apigee client is for another organization
     */
    public InferenceGatewayStack build() {
      if (apigeeClient != null
          && !apigeeClient.organization().organization().equals(inputs.organization())) {
        throw new IllegalArgumentException(
            "apigeeClient is for organization "
                + apigeeClient.organization().organization()
                + " but inputs.organization is "
                + inputs.organization());
      }
      StackSettings settings =
          new StackSettings(
              fieldManager,
              forceConflicts,
              clusterTimeout,
              infrastructureTimeout,
              apigeeTimeout,
              smokeTest,
              smokeTestTimeout,
              smokeTestInterval,
              gatewayUrl,
              listener,
              clock,
              sleeper);
      StackClients clients =
          new StackClients(
              kubernetesClient,
              apigeeClient,
              inputs.organization(),
              apigeeUrl,
              accessToken,
              clock,
              sleeper);
      return new InferenceGatewayStack(inputs, settings, clients);
    }
  }
}
