package dev.llmgateway.emulator;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.emulator.internal.serving.ModelEndpoint;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The whole gateway on one machine, for local runs and tests: an OpenAI-compatible front door on
 * one loopback port with the Apigee runtime in its path (keys, quotas, the deployed proxy's
 * policies), routed by the HTTPRoutes attached to a Programmed Gateway to InferencePools, an
 * Endpoint Picker per pool (queue, KV-cache and prefix-aware scoring, priority, shedding) and
 * simulated vLLM model servers (deterministic answers, latency on timers, queues, {@code /metrics},
 * fault injection); beside it the Apigee management API and a Kubernetes API (server-side apply and
 * the status GKE's and Apigee's controllers write), each on its own port. What is applied to the
 * Kubernetes API and created through the management API configures the gateway, as on GKE and
 * Apigee. It is an emulator, not a production gateway.
 *
 * <pre>{@code
 * try (GatewayEmulator emulator = GatewayEmulator.builder()
 *     .addModel(EmulatedModel.builder().name("/gcs/google/gemma-3-1b-it").replicas(2).build())
 *     .clusterSetup(ClusterSetup.GUIDE)          // the guide's objects and a developer app
 *     .start()) {
 *   ChatCompletion c = emulator.gatewayClient().chat().create(request);   // sends the app's key
 *   ApigeeClient apigee = emulator.apigeeClient();                       // management API
 *   KubernetesClient kube = emulator.kubernetesClient();                 // Kubernetes API
 * }
 * }</pre>
 *
 * <p>The Gateway reports {@code 127.0.0.1} as its address without a port; {@link #baseUrl()} is the
 * way to the front door. Apigee has the organization {@value #ORGANIZATION} with the environment
 * {@value #ENVIRONMENT} (the guide's). Everything runs on one Vert.x instance with a few event
 * loops, never a thread per call or stream. This class is thread-safe; {@link #close()} stops it.
 */
public final class GatewayEmulator implements AutoCloseable {

  /** The Apigee organization, {@value} (the guide's project id). */
  public static final String ORGANIZATION = GuideResources.DEFAULT_PROJECT;

  /** The Apigee environment, {@value} (the guide's). */
  public static final String ENVIRONMENT = GuideResources.DEFAULT_APIGEE_ENV;

  /** The API product of {@link ClusterSetup#GUIDE}, {@value} (the guide's). */
  public static final String GUIDE_PRODUCT = "api-inf-gw-product";

  /** The developer {@link ClusterSetup#GUIDE} creates, {@value}. */
  public static final String GUIDE_DEVELOPER = "guide-developer@example.com";

  /** The developer app {@link ClusterSetup#GUIDE} creates, {@value}. */
  public static final String GUIDE_APP = "guide-app";

  /** The access token the emulator's {@link #apigeeClient()} sends; the emulator takes any. */
  static final String ACCESS_TOKEN = "emulator-access-token";

  private final EmulatorRuntime runtime;
  private final List<EmulatedModel> models;
  private final Path kubeconfig;
  private final boolean ownsKubeconfig;
  volatile @Nullable String guideApiKey;
  private @Nullable GatewayClient client;
  private @Nullable ApigeeClient apigeeClient;
  private boolean closed;

  GatewayEmulator(
      EmulatorRuntime runtime, List<EmulatedModel> models, Path kubeconfig, boolean owned) {
    this.runtime = runtime;
    this.models = List.copyOf(models);
    this.kubeconfig = kubeconfig;
    this.ownsKubeconfig = owned;
  }

  /**
   * Returns a new builder; every field has a default (one model, {@code /gcs/google/gemma-3-1b-it}
   * in pool {@code vllm-l4-gemma-3-1b-it}, two replicas, no latency, echo mode, no faults, {@link
   * ClusterSetup#SERVING}, free ports).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the emulator from the command line until the process is stopped (Ctrl-C); {@code --help}
   * lists the options.
   *
   * @param args the arguments
   * @throws InterruptedException when interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
    EmulatorCommand.main(args);
  }

  /**
   * Returns the front door's port.
   *
   * @return the port
   */
  public int port() {
    return runtime.port();
  }

  /**
   * Returns the front door's base URL, such as {@code http://127.0.0.1:41234}; clients append
   * {@code /v1/...}.
   *
   * @return the URL
   */
  public String baseUrl() {
    return "http://" + EmulatorRuntime.HOST + ":" + port();
  }

  /**
   * Returns the Apigee management API's root URL, such as {@code http://127.0.0.1:41235}, for
   * {@code ApigeeClient.builder().baseUrl(..)} or {@code ApigeeSetup --apigee-url}. It takes any
   * bearer token.
   *
   * @return the URL
   */
  public String apigeeUrl() {
    return runtime.apigee().url();
  }

  /**
   * Returns the Kubernetes API's URL, such as {@code http://127.0.0.1:41236} (plain HTTP, no
   * authentication).
   *
   * @return the URL
   */
  public String kubeUrl() {
    return runtime.kube().url();
  }

  /**
   * Returns the kubeconfig file for the Kubernetes API (context {@code llm-gateway-emulator}, the
   * builder's namespace), for {@code kubectl --kubeconfig} or {@code KUBECONFIG}: the builder's
   * file, or a temporary one deleted by {@link #close()}.
   *
   * @return the file
   */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /**
   * Returns the models served, in the order they were added.
   *
   * @return the models
   */
  public List<EmulatedModel> models() {
    return models;
  }

  /**
   * Returns the base URLs of a model's replicas, each a simulated vLLM server on its own loopback
   * port, for {@code /metrics} or for calls that bypass the gateway.
   *
   * @param model the model name
   * @return the URLs, one per replica (empty for an unknown model)
   */
  public List<String> modelServerUrls(String model) {
    List<String> out = new ArrayList<>();
    for (ModelEndpoint e : runtime.servers().endpoints()) {
      if (e.config().model().equals(model)) {
        out.add("http://" + e.address());
      }
    }
    return out;
  }

  /**
   * Returns the key of the guide's developer app when started with {@link ClusterSetup#GUIDE}.
   *
   * @return the key, for {@code x-api-key}; empty for other setups
   */
  public Optional<String> guideApiKey() {
    return Optional.ofNullable(guideApiKey);
  }

  /**
   * Returns a client for the front door, created on first use and closed with the emulator. It has
   * the client's default settings (two retries) and, with {@link ClusterSetup#GUIDE}, the guide
   * app's key; derive variants with {@code withOptions(..)}.
   *
   * @return the client
   * @throws IllegalStateException when the emulator is closed
   */
  public synchronized GatewayClient gatewayClient() {
    checkOpen();
    if (client == null) {
      GatewayClient.Builder b = GatewayClient.builder().baseUrl(baseUrl());
      if (guideApiKey != null) {
        b.apiKey(guideApiKey);
      }
      client = b.build();
    }
    return client;
  }

  /**
   * Returns an sdk-admin client for the Apigee management API of organization {@value
   * #ORGANIZATION}, created on first use and closed with the emulator. It sends a dummy access
   * token and polls deployments every 100 ms.
   *
   * @return the client
   * @throws IllegalStateException when the emulator is closed
   */
  public synchronized ApigeeClient apigeeClient() {
    checkOpen();
    if (apigeeClient == null) {
      apigeeClient =
          ApigeeClient.builder()
              .baseUrl(apigeeUrl())
              .organization(ORGANIZATION)
              .accessToken(ACCESS_TOKEN)
              .pollInterval(Duration.ofMillis(100))
              .build();
    }
    return apigeeClient;
  }

  /**
   * Returns a Fabric8 client for the Kubernetes API, in the builder's namespace, closed with the
   * emulator; give it to sdk-admin's {@code KubernetesApplier}.
   *
   * @return the client
   * @throws IllegalStateException when the emulator is closed
   */
  public synchronized KubernetesClient kubernetesClient() {
    checkOpen();
    return runtime.kube().client();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the emulator is closed");
    }
  }

  /** Stops the emulator and its clients; calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (client != null) {
      client.close();
    }
    if (apigeeClient != null) {
      apigeeClient.close();
    }
    try {
      runtime.close();
    } finally {
      if (ownsKubeconfig) {
        try {
          Files.deleteIfExists(kubeconfig);
        } catch (IOException e) {
          // A temporary file left behind is harmless.
        }
      }
    }
  }

  @Override
  public String toString() {
    return "GatewayEmulator{baseUrl="
        + baseUrl()
        + ", apigeeUrl="
        + apigeeUrl()
        + ", kubeUrl="
        + kubeUrl()
        + ", models="
        + models.size()
        + "}";
  }

  /** Configures and starts a {@link GatewayEmulator}. No field is required. */
  public static final class Builder {
    final List<EmulatedModel> models = new ArrayList<>();
    final List<InferenceObjective> objectives = new ArrayList<>();
    LatencyProfile latency = LatencyProfile.none();
    ResponseMode responseMode = ResponseMode.echo();
    FaultRates faults = FaultRates.none();
    Clock clock = Clock.systemUTC();
    String namespace = GuideResources.DEFAULT_NAMESPACE;
    ClusterSetup clusterSetup = ClusterSetup.SERVING;
    long guideQuotaPerMinute = 100;
    int port;
    int apigeePort;
    int kubePort;
    @Nullable Path kubeconfig;
    @Nullable Long seed;

    private Builder() {}

    /**
     * Adds a model with the default settings.
     *
     * @param name the model name clients send
     * @return this builder
     */
    public Builder addModel(String name) {
      return addModel(EmulatedModel.of(name));
    }

    /**
     * Adds a model; each gets its own InferencePool and replicas.
     *
     * @param model the model
     * @return this builder
     */
    public Builder addModel(EmulatedModel model) {
      models.add(Checks.notNullArgument(model, "model"));
      return this;
    }

    /**
     * Adds an InferenceObjective (priority for requests that name it in {@code
     * x-gateway-inference-objective}; below zero is sheddable), applied at start with {@link
     * ClusterSetup#SERVING} or {@link ClusterSetup#GUIDE}. Its {@code poolRef} names a model's
     * pool; without a namespace it goes into the emulator's.
     *
     * @param objective the objective, built with sdk-admin
     * @return this builder
     */
    public Builder addInferenceObjective(InferenceObjective objective) {
      objectives.add(Checks.notNullArgument(objective, "objective"));
      return this;
    }

    /**
     * Sets the model servers' latency; default {@link LatencyProfile#none()}.
     *
     * @param latency the profile
     * @return this builder
     */
    public Builder latency(LatencyProfile latency) {
      this.latency = Checks.notNullArgument(latency, "latency");
      return this;
    }

    /**
     * Sets what the model servers answer; default {@link ResponseMode#echo()}.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder responseMode(ResponseMode mode) {
      this.responseMode = Checks.notNullArgument(mode, "responseMode");
      return this;
    }

    /**
     * Sets the fault rates; default {@link FaultRates#none()}.
     *
     * @param faults the rates
     * @return this builder
     */
    public Builder faults(FaultRates faults) {
      this.faults = Checks.notNullArgument(faults, "faults");
      return this;
    }

    /**
     * Sets the clock of timestamps ({@code created}, Kubernetes and Apigee objects), Apigee's quota
     * windows and key expiry; default the system clock in UTC. Latency runs on timers, not on this
     * clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNullArgument(clock, "clock");
      return this;
    }

    /**
     * Sets the front door's port on 127.0.0.1; default 0, a free port.
     *
     * @param port from 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Sets the Apigee management API's port on 127.0.0.1; default 0, a free port.
     *
     * @param port from 0 to 65535
     * @return this builder
     */
    public Builder apigeePort(int port) {
      this.apigeePort = port;
      return this;
    }

    /**
     * Sets the Kubernetes API's port on 127.0.0.1; default 0, a free port.
     *
     * @param port from 0 to 65535
     * @return this builder
     */
    public Builder kubePort(int port) {
      this.kubePort = port;
      return this;
    }

    /**
     * Writes the kubeconfig to this file at start (parent directories created, an existing file
     * replaced) and leaves it there; default a temporary file deleted by {@link #close()}.
     *
     * @param file the file
     * @return this builder
     */
    public Builder kubeconfig(Path file) {
      this.kubeconfig = Checks.notNullArgument(file, "kubeconfig");
      return this;
    }

    /**
     * Sets what the Kubernetes API holds at start; default {@link ClusterSetup#SERVING}.
     *
     * @param setup the setup
     * @return this builder
     */
    public Builder clusterSetup(ClusterSetup setup) {
      this.clusterSetup = Checks.notNullArgument(setup, "clusterSetup");
      return this;
    }

    /**
     * Sets the request quota per minute of the guide's APIOperationSet for {@link
     * ClusterSetup#GUIDE}; default 100 (the guide's).
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder guideQuotaPerMinute(long limit) {
      this.guideQuotaPerMinute = limit;
      return this;
    }

    /**
     * Sets the namespace of the pools, routes and model servers; default {@code ira-online-gpu}
     * (the guide's).
     *
     * @param namespace a DNS label
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Seeds the random source of fault injection and the Endpoint Picker's tie breaks, so runs
     * repeat; default unseeded.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Starts the emulator and applies the {@link ClusterSetup}; blocks until it is ready (call it
     * from a plain thread, not an event loop).
     *
     * @return the running emulator
     * @throws IllegalArgumentException when the configuration is invalid, naming the field
     * @throws IllegalStateException when it cannot start, for example when a port is taken
     */
    public GatewayEmulator start() {
      return Launcher.start(this);
    }
  }
}
