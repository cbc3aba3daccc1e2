package dev.llmgateway.emulator.internal.apigee;

import dev.llmgateway.emulator.internal.ClusterState;
import dev.llmgateway.emulator.internal.Governance;
import dev.llmgateway.emulator.internal.apigee.mgmt.ManagementServer;
import dev.llmgateway.emulator.internal.apigee.runtime.ApigeeRuntime;
import dev.llmgateway.emulator.internal.apigee.store.ApiError;
import dev.llmgateway.emulator.internal.apigee.store.ApigeeStore;
import dev.llmgateway.emulator.internal.apigee.store.Json;
import dev.llmgateway.emulator.internal.apigee.store.OrgStore;
import dev.llmgateway.emulator.internal.apigee.store.Scheduler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulated Apigee: the management API on its own port (paths of {@code
 * apigee.googleapis.com/v1}, any bearer token accepted) and the runtime as {@link Governance} for
 * the front door, over one in-memory store of organizations and environments.
 *
 * <pre>{@code
 * ApigeeEmulator apigee = ApigeeEmulator.builder()
 *     .vertx(vertx).clusterState(cluster)
 *     .organization("my-project-id", "apim-enabled-dep-env")
 *     .build();
 * apigee.start().toCompletionStage().toCompletableFuture().join();
 * String url = apigee.url();                 // http://127.0.0.1:<port>, for ApigeeClient.baseUrl
 * Governance runtime = apigee.governance();  // for the front door
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class ApigeeEmulator {

  private final Vertx vertx;
  private final String host;
  private final int requestedPort;
  private final ApigeeStore store;
  private final ApigeeRuntime runtime;
  private final ManagementServer server;
  private volatile int port = -1;

  private ApigeeEmulator(Builder b) {
    this.vertx = Objects.requireNonNull(b.vertx, "vertx == null");
    ClusterState cluster = Objects.requireNonNull(b.clusterState, "clusterState == null");
    this.host = b.host;
    this.requestedPort = b.port;
    Map<String, List<String>> orgs = new LinkedHashMap<>(b.organizations);
    if (orgs.isEmpty()) {
      orgs.put("my-project-id", List.of("apim-enabled-dep-env"));
    }
    Scheduler scheduler =
        (delay, task) -> {
          if (delay.isZero()) {
            task.run();
          } else {
            vertx.setTimer(delay.toMillis(), id -> task.run());
          }
        };
    this.store = new ApigeeStore(orgs, b.clock, scheduler, b.deploymentDelay);
    this.runtime = new ApigeeRuntime(store, cluster, b.clock);
    this.server = new ManagementServer(vertx, store);
  }

  /**
   * Returns a builder.
   *
   * @return a builder; {@code vertx} and {@code clusterState} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the management API.
   *
   * @return completes with this emulator once it listens
   */
  public Future<ApigeeEmulator> start() {
    return server
        .start(host, requestedPort)
        .map(
            p -> {
              port = p;
              return this;
            });
  }

  /**
   * Returns the port of the management API.
   *
   * @return the port
   * @throws IllegalStateException before {@link #start()} completed
   */
  public int port() {
    if (port < 0) {
      throw new IllegalStateException("the Apigee emulator is not started");
    }
    return port;
  }

  /**
   * Returns the management API's root URL, e.g. {@code http://127.0.0.1:8081}, for {@code
   * ApigeeClient.builder().baseUrl(..)}.
   *
   * @return the URL
   */
  public String url() {
    return "http://" + host + ":" + port();
  }

  /**
   * Returns the runtime the front door calls.
   *
   * @return the governance
   */
  public Governance governance() {
    return runtime;
  }

  /**
   * Returns the store, for setups that bypass HTTP.
   *
   * @return the store
   */
  public ApigeeStore store() {
    return store;
  }

  /**
   * Ensures a developer and an app subscribed to API products exist, and returns the app's first
   * approved key, for {@code --guide}. The APIProduct resources applied so far are synced first.
   * Never logs the key.
   *
   * @param organization the organization
   * @param developerEmail the developer's email
   * @param app the app name
   * @param apiProducts the products the app's key gets
   * @return the consumer key, for {@code x-api-key}
   * @throws ApiError if a product does not exist or a name is invalid
   */
  public String createDeveloperApp(
      String organization, String developerEmail, String app, List<String> apiProducts) {
    runtime.refresh();
    OrgStore org = store.org(organization);
    ObjectNode dev = Json.object();
    dev.put("email", developerEmail);
    dev.put("firstName", "Guide");
    dev.put("lastName", "Developer");
    dev.put("userName", developerEmail.replaceAll("@.*", ""));
    if (!exists(() -> org.developers().get(developerEmail))) {
      org.developers().create(dev);
    }
    if (!exists(() -> org.apps().get(developerEmail, app))) {
      ObjectNode a = Json.object();
      a.put("name", app);
      apiProducts.forEach(a.putArray("apiProducts")::add);
      org.apps().create(developerEmail, a);
    }
    return org.apps().firstApprovedKey(developerEmail, app);
  }

  private static boolean exists(Runnable read) {
    try {
      read.run();
      return true;
    } catch (ApiError e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Stops the management API.
   *
   * @return completes when closed
   */
  public Future<Void> close() {
    return server.close();
  }

  /** Builder of {@link ApigeeEmulator}. Required: {@code vertx}, {@code clusterState}. */
  public static final class Builder {
    private @Nullable Vertx vertx;
    private @Nullable ClusterState clusterState;
    private Clock clock = Clock.systemUTC();
    private final Map<String, List<String>> organizations = new LinkedHashMap<>();
    private String host = "127.0.0.1";
    private int port;
    private Duration deploymentDelay = Duration.ZERO;

    private Builder() {}

    /**
     * Sets the Vert.x instance that runs the management API and timers. Required.
     *
     * @param vertx the instance
     * @return this builder
     */
    public Builder vertx(Vertx vertx) {
      this.vertx = Objects.requireNonNull(vertx, "vertx == null");
      return this;
    }

    /**
     * Sets what was applied to the Kubernetes API. Required.
     *
     * @param clusterState the cluster state
     * @return this builder
     */
    public Builder clusterState(ClusterState clusterState) {
      this.clusterState = Objects.requireNonNull(clusterState, "clusterState == null");
      return this;
    }

    /**
     * Sets the clock of timestamps, key expiry and quota windows (default the UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Adds an organization with its environments (default: {@code my-project-id} with {@code
     * apim-enabled-dep-env}, when none is added).
     *
     * @param organization the organization name
     * @param environments its environments, at least one
     * @return this builder
     */
    public Builder organization(String organization, String... environments) {
      Objects.requireNonNull(organization, "organization == null");
      if (organization.isBlank() || organization.contains("/")) {
        throw new IllegalArgumentException(
            "organization must be a plain name but was '" + organization + "'");
      }
      if (environments.length == 0) {
        throw new IllegalArgumentException("environments must not be empty for " + organization);
      }
      organizations.put(organization, List.of(environments));
      return this;
    }

    /**
     * Sets the interface of the management API (default {@code 127.0.0.1}).
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /**
     * Sets the port of the management API (default 0: any free port).
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535 but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets how long a deployment stays PROGRESSING before it becomes READY or ERROR, on a Vert.x
     * timer (default zero: at once).
     *
     * @param delay zero or more
     * @return this builder
     */
    public Builder deploymentDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("deploymentDelay must not be negative but was " + delay);
      }
      this.deploymentDelay = delay;
      return this;
    }

    /**
     * Builds the emulator; call {@link ApigeeEmulator#start()} next.
     *
     * @return the emulator
     * @throws NullPointerException if {@code vertx} or {@code clusterState} is missing
     */
    public ApigeeEmulator build() {
      return new ApigeeEmulator(this);
    }
  }
}
