package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's Kubernetes API: Fabric8's CRUD mock dispatcher served on Vert.x (plain HTTP on
 * loopback) with server-side apply, status subresources, CRD validation, watches, discovery and the
 * status GKE's and Apigee's controllers write. At start it holds the guide's CRDs, the system
 * namespaces and the given model-server Pods.
 *
 * <pre>{@code
 * try (KubeApi kube = KubeApi.builder()
 *     .frontDoorHost("127.0.0.1")
 *     .addModelServerPod(new ModelServerPod("vllm-0", "ira-online-gpu",
 *         Map.of("app", "vllm-l4-gemma-3-1b-it"), "127.0.0.1", 8000))
 *     .start()) {
 *   kube.writeKubeconfig(Path.of("kubeconfig"));
 *   KubernetesApplier.builder().client(kube.client()).build().applyAndWait(objects);
 *   List<InferencePool> pools = kube.clusterState().list(InferencePool.class);
 * }
 * }</pre>
 *
 * <p>This class is thread-safe. {@link #close()} and {@link Builder#start()} block and must not be
 * called on an event-loop thread; use {@link #closeAsync()} and {@link Builder#startAsync()} there.
 */
public final class KubeApi implements AutoCloseable {

  /** The largest request body accepted (3 MiB, as the Kubernetes API server). */
  public static final int MAX_BODY_BYTES = 3 * 1024 * 1024;

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Vertx vertx;
  private final boolean ownsVertx;
  private final KubeServer server;
  private final ClusterIndex index;
  private final Watches watches;
  private final String defaultNamespace;
  private final int port;
  private @Nullable KubernetesClient client;
  private boolean closed;

  private KubeApi(
      Vertx vertx,
      boolean ownsVertx,
      KubeServer server,
      ClusterIndex index,
      Watches watches,
      String defaultNamespace,
      int port) {
    this.watches = watches;
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.server = server;
    this.index = index;
    this.defaultNamespace = defaultNamespace;
    this.port = port;
  }

  /**
   * Returns a builder. No field is required: port 0 (any free port), the system UTC clock, front
   * door host {@code 127.0.0.1}, no model-server Pods, an own Vert.x instance.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the port the API listens on (loopback).
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the API's URL, {@code http://127.0.0.1:<port>}.
   *
   * @return the URL
   */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Writes a kubeconfig for this API (cluster, user and context {@code llm-gateway-emulator},
   * current, with the builder's default namespace), creating parent directories.
   *
   * @param file the file to write
   * @return the file
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public Path writeKubeconfig(Path file) {
    return Kubeconfig.write(Objects.requireNonNull(file, "file == null"), url(), defaultNamespace);
  }

  /**
   * Returns a Fabric8 client for this API, made on first use and closed by {@link #close()}. It
   * reads no kubeconfig or environment: only this API's URL and the default namespace.
   *
   * @return the client
   */
  public synchronized KubernetesClient client() {
    if (client == null) {
      Config config =
          new ConfigBuilder(Config.empty())
              .withMasterUrl(url())
              .withNamespace(defaultNamespace)
              .build();
      client = new KubernetesClientBuilder().withConfig(config).build();
    }
    return client;
  }

  /**
   * Returns what has been applied, as typed objects, with change listeners.
   *
   * @return the cluster state
   */
  public ClusterState clusterState() {
    return index;
  }

  /** Returns a future completed when the next watch opens; for tests. */
  CompletableFuture<Void> nextWatch() {
    return watches.nextOpen();
  }

  /**
   * Closes the client, ends every watch and stops listening; closes Vert.x when the API created it.
   * Closing again does nothing.
   *
   * @return a future completed when closed
   */
  public Future<Void> closeAsync() {
    synchronized (this) {
      if (closed) {
        return Future.succeededFuture();
      }
      closed = true;
      if (client != null) {
        client.close();
        client = null;
      }
    }
    // A promise without a context: its listeners run even after the own Vert.x has closed.
    Promise<Void> done = Promise.promise();
    server
        .close()
        .onComplete(
            closed -> {
              if (ownsVertx) {
                vertx.close().onComplete(done);
              } else {
                done.handle(closed);
              }
            });
    return done.future();
  }

  /**
   * Closes as {@link #closeAsync()} and waits up to 30 seconds.
   *
   * @throws IllegalStateException when called on an event-loop thread or when closing fails
   */
  @Override
  public void close() {
    await(closeAsync(), "close");
  }

  private static <T> T await(Future<T> future, String what) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException(what + "() blocks: use the async variant on an event loop");
    }
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + what, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "the Kubernetes API failed to " + what + ": " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the Kubernetes API did not " + what + " within " + START_TIMEOUT, e);
    }
  }

  /** Builds and starts a {@link KubeApi}. */
  public static final class Builder {
    private int port;
    private Clock clock = Clock.systemUTC();
    private String frontDoorHost = "127.0.0.1";
    private String defaultNamespace = "default";
    private final List<ModelServerPod> pods = new ArrayList<>();
    private final Set<String> namespaces = new LinkedHashSet<>();
    private @Nullable Vertx vertx;

    private Builder() {}

    /**
     * Sets the port (default 0: any free port).
     *
     * @param port the port, 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Sets the clock of creation timestamps, managed-field times and condition transitions.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets the front door's host, which Gateways report as their address (default {@code
     * 127.0.0.1}).
     *
     * @param host an IP literal (reported as {@code IPAddress}) or a host name ({@code Hostname})
     * @return this builder
     */
    public Builder frontDoorHost(String host) {
      this.frontDoorHost = host;
      return this;
    }

    /**
     * Sets the namespace of {@link #client()} and of the kubeconfig's context (default {@code
     * default}); it is created at start.
     *
     * @param namespace the namespace
     * @return this builder
     */
    public Builder defaultNamespace(String namespace) {
      this.defaultNamespace = namespace;
      return this;
    }

    /**
     * Adds a namespace that exists from the start.
     *
     * @param namespace the namespace
     * @return this builder
     */
    public Builder addNamespace(String namespace) {
      namespaces.add(KubeRules.namespace(namespace, "namespace"));
      return this;
    }

    /**
     * Adds a model-server Pod that exists from the start, Running and Ready (its namespace too).
     *
     * @param pod the Pod
     * @return this builder
     */
    public Builder addModelServerPod(ModelServerPod pod) {
      pods.add(Objects.requireNonNull(pod, "pod == null"));
      return this;
    }

    /**
     * Serves on this Vert.x instance instead of an own one (then {@link #closeAsync()} leaves it
     * open), so the whole emulator can run on one event-loop stack.
     *
     * @param vertx the Vert.x instance
     * @return this builder
     */
    public Builder vertx(Vertx vertx) {
      this.vertx = Objects.requireNonNull(vertx, "vertx == null");
      return this;
    }

    /**
     * Starts the API and waits until it listens (up to 30 seconds).
     *
     * @return the started API
     * @throws IllegalArgumentException when a field is invalid, naming it
     * @throws IllegalStateException when the port cannot be bound, or on an event-loop thread
     */
    public KubeApi start() {
      return await(startAsync(), "start");
    }

    /**
     * Starts the API without blocking.
     *
     * @return a future with the started API
     * @throws IllegalArgumentException when a field is invalid, naming it
     */
    public Future<KubeApi> startAsync() {
      Checks.range(port, 0, 65535, "port");
      Checks.notBlank(frontDoorHost, "frontDoorHost");
      KubeRules.namespace(defaultNamespace, "defaultNamespace");
      Set<String> all = new LinkedHashSet<>(InitialObjects.systemNamespaces());
      all.add(defaultNamespace);
      all.addAll(namespaces);
      pods.forEach(p -> all.add(p.namespace()));

      ClusterIndex index = new ClusterIndex();
      Watches watches = new Watches(1000);
      KubeDispatcher dispatcher = new KubeDispatcher(clock, frontDoorHost, index, watches);
      String now =
          DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
      InitialObjects.create(dispatcher, List.copyOf(all), List.copyOf(pods), now);

      boolean own = vertx == null;
      Vertx v = own ? Vertx.vertx() : vertx;
      KubeServer server = new KubeServer(v, dispatcher, watches, MAX_BODY_BYTES);
      String namespace = defaultNamespace;
      // A promise without a context: it completes even when the own Vert.x closed after a failure.
      Promise<KubeApi> started = Promise.promise();
      server
          .listen("127.0.0.1", port)
          .onComplete(
              bound -> {
                if (bound.succeeded()) {
                  started.complete(
                      new KubeApi(v, own, server, index, watches, namespace, bound.result()));
                } else if (own) {
                  v.close().onComplete(x -> started.fail(bound.cause()));
                } else {
                  started.fail(bound.cause());
                }
              });
      return started.future();
    }
  }
}
