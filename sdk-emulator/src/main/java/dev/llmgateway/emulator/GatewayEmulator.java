package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.emulator.internal.serving.ModelEndpoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The whole gateway on one machine, for local runs and tests: an OpenAI-compatible front door on
 * one loopback port, routed by HTTPRoutes to InferencePools, an Endpoint Picker per pool (queue,
 * KV-cache and prefix-aware scoring, priority, shedding) and simulated vLLM model servers
 * (deterministic answers, latency on timers, queues, {@code /metrics}, fault injection). It is an
 * emulator, not a production gateway.
 *
 * <pre>{@code
 * try (GatewayEmulator emulator = GatewayEmulator.builder()
 *     .addModel(EmulatedModel.builder().name("/gcs/google/gemma-3-1b-it").replicas(2).build())
 *     .latency(LatencyProfile.none())
 *     .start()) {
 *   ChatCompletion c = emulator.gatewayClient().chat().create(request);
 * }
 * }</pre>
 *
 * <p>This version runs the serving path only: no Apigee keys or quotas yet, and routes and pools
 * come from the models (one InferencePool per model, one HTTPRoute to all of them). Everything runs
 * on a few Vert.x event loops, never a thread per call or stream. This class is thread-safe; {@link
 * #close()} stops it.
 */
public final class GatewayEmulator implements AutoCloseable {
  private final EmulatorRuntime runtime;
  private final List<EmulatedModel> models;
  private @Nullable GatewayClient client;
  private boolean closed;

  private GatewayEmulator(EmulatorRuntime runtime, List<EmulatedModel> models) {
    this.runtime = runtime;
    this.models = List.copyOf(models);
  }

  /**
   * Returns a new builder; every field has a default (one model, {@code /gcs/google/gemma-3-1b-it}
   * in pool {@code vllm-l4-gemma-3-1b-it}, two replicas, no latency, echo mode, no faults, a free
   * port).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the emulator from the command line until the process is stopped; {@code --help} lists the
   * options.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = new CommandLine(new EmulatorCommand()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
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
    return "http://127.0.0.1:" + port();
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
   * Returns a client for the front door, created on first use and closed with the emulator. It has
   * the client's default settings (two retries); derive variants with {@code withOptions(..)}.
   *
   * @return the client
   */
  public synchronized GatewayClient gatewayClient() {
    if (closed) {
      throw new IllegalStateException("the emulator is closed");
    }
    if (client == null) {
      client = GatewayClient.builder().baseUrl(baseUrl()).build();
    }
    return client;
  }

  // LEAD: apigeeClient() and kubernetesClient() join here once the Apigee and Kubernetes parts are
  // wired (pre-wired clients for the management API and the Kubernetes API).

  /** Stops the emulator and its client; calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (client != null) {
      client.close();
    }
    runtime.close();
  }

  @Override
  public String toString() {
    return "GatewayEmulator{baseUrl=" + baseUrl() + ", models=" + models.size() + "}";
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
    int port;
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
     * x-gateway-inference-objective}; below zero is sheddable). Its {@code poolRef} names a model's
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
     * Sets the clock of timestamps ({@code created}); default the system clock in UTC. Latency runs
     * on timers, not on this clock.
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
     * Starts the emulator; blocks until it listens (call it from a plain thread, not an event
     * loop).
     *
     * @return the running emulator
     * @throws IllegalArgumentException when the configuration is invalid, naming the field
     * @throws IllegalStateException when it cannot start, for example when the port is taken
     */
    public GatewayEmulator start() {
      Checks.range(port, 0, 65_535, "port");
      KubeRules.namespace(namespace, "namespace");
      List<EmulatedModel> list = new ArrayList<>(models);
      if (list.isEmpty()) {
        list.add(
            EmulatedModel.builder()
                .name("/gcs/google/gemma-3-1b-it")
                .poolName(GuideResources.DEFAULT_MODEL_SERVER_LABEL)
                .build());
      }
      Set<String> pools = new HashSet<>();
      Set<String> names = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        EmulatedModel m = list.get(i);
        if (!pools.add(m.poolName())) {
          throw new IllegalArgumentException(
              "models[" + i + "].poolName '" + m.poolName() + "' is used by another model");
        }
        for (String served : served(m)) {
          if (!names.add(served)) {
            throw new IllegalArgumentException(
                "models[" + i + "] serves '" + served + "', which another model serves too");
          }
        }
      }
      return new GatewayEmulator(EmulatorRuntime.start(this, list), list);
    }

    private static List<String> served(EmulatedModel m) {
      List<String> out = new ArrayList<>(m.loraAdapters());
      out.add(m.name());
      return out;
    }
  }
}
