package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * One chat or text completion on one model server, from arrival to the last byte: it waits for a
 * slot in the {@link EngineQueue}, takes the time to first token (shortened by prefix-cache hits),
 * then one token per {@code tpot}, on the call's timers. With zero latency everything happens at
 * once, without timers. Apart from {@link #admitted()}, every method runs on the call's context.
 */
final class InferenceRun implements EngineQueue.Admission {
  private static final String JSON = "application/json";

  private final ModelEndpoint endpoint;
  private final InferenceRequest request;
  private final VllmJson.Head head;
  private final Tokenizer.PromptTokens prompt;
  private final Output output;
  private final FaultInjector.Fault fault;
  private final ResponseSink sink;
  private final Timers timers;
  private final long arrival;
  private final int blocks;
  private @Nullable DeltaEvents deltas;
  private long firstTokenAt;
  private int sent;
  private boolean started;
  private boolean cancelled;
  private boolean released;

  InferenceRun(
      ModelEndpoint endpoint,
      InferenceRequest request,
      VllmJson.Head head,
      Tokenizer.PromptTokens prompt,
      Output output,
      FaultInjector.Fault fault,
      ResponseSink sink,
      Timers timers) {
    this.endpoint = endpoint;
    this.request = request;
    this.head = head;
    this.prompt = prompt;
    this.output = output;
    this.fault = fault;
    this.sink = sink;
    this.timers = timers;
    this.arrival = timers.nanoTime();
    int size = endpoint.config().blockSize();
    this.blocks = Math.max(1, (prompt.tokens() + output.tokens() + size - 1) / size);
  }

  @Override
  public int blocks() {
    return blocks;
  }

  @Override
  public void admitted() {
    timers.execute(this::run);
  }

  /** Starts the run: stream headers at once (as vLLM does), then a slot or a place in the queue. */
  void start() {
    sink.onClientGone(this::cancel);
    if (request.stream()) {
      sink.startStream();
    }
    if (endpoint.queue().tryAdmit(this)) {
      run();
    }
  }

  private void run() {
    started = true;
    if (cancelled) {
      release();
      return;
    }
    EndpointConfig config = endpoint.config();
    int tokens = prompt.tokens();
    int cached =
        Math.min(
            endpoint.cache().cachedBlocks(prompt.blockHashes()) * config.blockSize(),
            Math.max(0, tokens - 1));
    endpoint.metrics().prefixLookup(tokens, cached);
    long ttft = tokens == 0 ? config.ttftNanos() : config.ttftNanos() * (tokens - cached) / tokens;
    if (ttft == 0 && config.tpotNanos() == 0) {
      firstToken();
    } else {
      timers.schedule(ttft, this::firstToken);
    }
  }

  private void firstToken() {
    if (cancelled) {
      return;
    }
    firstTokenAt = timers.nanoTime();
    endpoint.metrics().firstToken((firstTokenAt - arrival) / 1e9);
    endpoint.cache().insert(prompt.blockHashes());
    long rest = endpoint.config().tpotNanos() * Math.max(0, output.tokens() - 1);
    if (!request.stream()) {
      if (rest == 0) {
        completeBody();
      } else {
        timers.schedule(rest, this::completeBody);
      }
      return;
    }
    if (request.chat()) {
      sink.write(VllmJson.chunkEvent(true, head, "assistant", "", null, null));
    }
    if (endpoint.config().tpotNanos() == 0) {
      Buffer all = Buffer.buffer();
      while (sent < output.tokens() && !faultNow()) {
        all.appendBuffer(tokenEvent());
      }
      sink.write(all);
      finishStream();
    } else {
      next();
    }
  }

  private void next() {
    if (cancelled) {
      return;
    }
    if (sent == output.tokens() || faultNow()) {
      finishStream();
      return;
    }
    sink.write(tokenEvent());
    if (sent == output.tokens()) {
      finishStream();
    } else {
      sink.whenWritable(() -> timers.schedule(endpoint.config().tpotNanos(), this::next));
    }
  }

  private boolean faultNow() {
    return fault != FaultInjector.Fault.NONE && sent == output.tokens() / 2;
  }

  private Buffer tokenEvent() {
    String piece = output.pieces().get(sent++);
    if (sent == output.tokens() && output.finishReason().equals("length")) {
      return VllmJson.chunkEvent(request.chat(), head, null, piece, output.finishReason(), null);
    }
    if (deltas == null) {
      deltas = new DeltaEvents(request.chat(), head);
    }
    return deltas.event(piece);
  }

  private void finishStream() {
    release();
    if (fault == FaultInjector.Fault.CONNECTION_DROP) {
      endpoint.metrics().aborted();
      sink.reset();
      return;
    }
    if (fault == FaultInjector.Fault.MID_STREAM_ERROR) {
      endpoint.metrics().aborted();
      ServingError e =
          new ServingError(
              500,
              "InternalServerError",
              null,
              "Emulated model server failure in the middle of the stream (fault injection).");
      sink.write(VllmJson.errorEvent(e).appendBuffer(VllmJson.DONE));
      sink.endStream(null);
      return;
    }
    TokenUsage usage = usage();
    Buffer tail = Buffer.buffer();
    if (!output.finishReason().equals("length") || output.tokens() == 0) {
      tail.appendBuffer(
          VllmJson.chunkEvent(
              request.chat(), head, null, "", output.finishReason(), output.stopReason()));
    }
    @Nullable Buffer usageJson = null;
    if (request.includeUsage()) {
      usageJson = VllmJson.usageJson(usage);
      tail.appendBuffer(VllmJson.usageEvent(request.chat(), head, usageJson));
    }
    sink.write(tail.appendBuffer(VllmJson.DONE));
    recordFinished(usage);
    sink.endStream(usageJson);
  }

  private void completeBody() {
    if (cancelled) {
      return;
    }
    release();
    TokenUsage usage = usage();
    recordFinished(usage);
    sink.complete(200, JSON, VllmJson.completion(request.chat(), head, output, usage));
  }

  private TokenUsage usage() {
    return new TokenUsage(prompt.tokens(), output.tokens());
  }

  private void recordFinished(TokenUsage usage) {
    long now = timers.nanoTime();
    double tpot = output.tokens() > 1 ? (now - firstTokenAt) / 1e9 / (output.tokens() - 1) : 0;
    endpoint.metrics().finished(usage, output.finishReason(), (now - arrival) / 1e9, tpot);
  }

  private void cancel() {
    if (cancelled || released) {
      return;
    }
    cancelled = true;
    endpoint.metrics().aborted();
    if (!endpoint.queue().cancel(this) && started) {
      release();
    }
  }

  private void release() {
    if (!released) {
      released = true;
      endpoint.queue().release(this);
    }
  }
}
