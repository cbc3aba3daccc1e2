package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One simulated vLLM pod: it answers {@code /v1/chat/completions}, {@code /v1/completions}, {@code
 * /v1/models}, {@code /metrics} and {@code /health} like vLLM's OpenAI-compatible server, whether
 * the call comes through the front door or to its own port. Output is deterministic: the words of
 * the last user message (or the prompt) in echo mode, or a fixed answer; token counts come from
 * {@link Tokenizer}. This class is thread-safe.
 */
public final class ModelEndpoint implements EndpointState {
  private static final String JSON = "application/json";
  private static final Buffer NOT_FOUND = Buffer.buffer("{\"detail\":\"Not Found\"}");
  private static final Buffer NOT_ALLOWED = Buffer.buffer("{\"detail\":\"Method Not Allowed\"}");
  private static final int COMPLETIONS_DEFAULT_MAX_TOKENS = 16;

  private final String name;
  private final String namespace;
  private final Map<String, String> labels;
  private final EndpointConfig config;
  private final EngineQueue queue;
  private final PrefixCache cache;
  private final EndpointMetrics metrics;
  private volatile String address = "";

  /**
   * Creates an endpoint; it gets its address when its server listens ({@link #address(String)}).
   *
   * @param name the pod-like name
   * @param namespace the namespace
   * @param labels the labels pools select it by
   * @param config how it behaves
   */
  public ModelEndpoint(
      String name, String namespace, Map<String, String> labels, EndpointConfig config) {
    this.name = name;
    this.namespace = namespace;
    this.labels = Map.copyOf(labels);
    this.config = config;
    this.queue = new EngineQueue(config.maxRunning(), config.kvCacheBlocks());
    this.cache = new PrefixCache(config.kvCacheBlocks());
    this.metrics = new EndpointMetrics(config.model());
  }

  /**
   * Handles one HTTP request.
   *
   * @param call the request
   * @param sink where the response goes
   */
  public void handle(ServingCall call, ResponseSink sink) {
    switch (call.path()) {
      case "/v1/chat/completions":
      case "/v1/completions":
        if (!call.method().equals("POST")) {
          sink.complete(405, JSON, NOT_ALLOWED);
        } else {
          infer(call, sink, call.path().equals("/v1/chat/completions"));
        }
        return;
      case "/v1/models":
        get(call, sink, JSON, () -> ModelCards.list(config, epochSecond()));
        return;
      case "/metrics":
        get(
            call,
            sink,
            PrometheusText.CONTENT_TYPE,
            () -> Buffer.buffer(metrics.render(queue).getBytes(StandardCharsets.UTF_8)));
        return;
      case "/health":
        get(call, sink, JSON, Buffer::buffer);
        return;
      default:
        sink.complete(404, JSON, NOT_FOUND);
    }
  }

  private void get(
      ServingCall call, ResponseSink sink, String type, java.util.function.Supplier<Buffer> body) {
    if (call.method().equals("GET") || call.method().equals("HEAD")) {
      sink.complete(200, type, body.get());
    } else {
      sink.complete(405, JSON, NOT_ALLOWED);
    }
  }

  private void infer(ServingCall call, ResponseSink sink, boolean chat) {
    InferenceRun run;
    try {
      InferenceRequest request = RequestParser.parse(call.json(), chat);
      String model = request.model() == null ? config.model() : request.model();
      if (!config.serves(model)) {
        throw ServingError.unknownModel(model);
      }
      Tokenizer.PromptTokens prompt = Tokenizer.blocks(request.prompt(), config.blockSize());
      int limit =
          ContextLimits.maxOutput(
              request,
              prompt.tokens(),
              config.maxModelLen(),
              chat ? null : COMPLETIONS_DEFAULT_MAX_TOKENS);
      String answer = config.fixedAnswer() != null ? config.fixedAnswer() : request.echoSource();
      Output output = Output.plan(answer, limit, request.stop());
      FaultInjector.Fault fault = config.faults().roll(request.stream());
      if (fault == FaultInjector.Fault.SERVER_ERROR) {
        throw new ServingError(
            500, "InternalServerError", null, "Emulated model server failure (fault injection).");
      }
      if (fault == FaultInjector.Fault.CONNECTION_DROP && !request.stream()) {
        sink.reset();
        return;
      }
      VllmJson.Head head =
          new VllmJson.Head(
              (chat ? "chatcmpl-" : "cmpl-") + ModelCards.hex(), epochSecond(), model);
      run = new InferenceRun(this, request, head, prompt, output, fault, sink, call.timers());
    } catch (ServingError e) {
      sink.complete(e.status(), JSON, VllmJson.error(e));
      return;
    }
    run.start();
  }

  private long epochSecond() {
    return config.clock().instant().getEpochSecond();
  }

  /**
   * Sets the address once the endpoint's own server listens.
   *
   * @param address {@code host:port}
   */
  public void address(String address) {
    this.address = address;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Map<String, String> labels() {
    return labels;
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public int waitingRequests() {
    return queue.waiting();
  }

  /** Returns {@code vllm:num_requests_running}. */
  public int runningRequests() {
    return queue.running();
  }

  @Override
  public double kvCacheUsage() {
    return queue.kvCacheUsage();
  }

  @Override
  public boolean serves(String model) {
    return config.serves(model);
  }

  /** Returns the configuration. */
  public EndpointConfig config() {
    return config;
  }

  EngineQueue queue() {
    return queue;
  }

  PrefixCache cache() {
    return cache;
  }

  EndpointMetrics metrics() {
    return metrics;
  }
}
