package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.emulator.internal.routing.EndpointPicker;
import dev.llmgateway.emulator.internal.routing.EppError;
import dev.llmgateway.emulator.internal.routing.PoolTarget;
import dev.llmgateway.emulator.internal.routing.RouteRule;
import dev.llmgateway.emulator.internal.serving.ResponseSink;
import dev.llmgateway.emulator.internal.serving.ServingCall;
import dev.llmgateway.emulator.internal.serving.VertxTimers;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /v1/models} on a route with several pools: one endpoint of each pool answers and the
 * lists are merged (first card per id wins), so a client sees every model the route serves. A real
 * gateway sends the call to one pool; this is the emulator's convenience for its one-pool-per-model
 * setup, and with one pool it is not used. The first answer that is not 200 is passed on as is.
 */
final class ModelsFanOut {
  private final HttpServerRequest request;
  private final Context context;
  private final Upstream upstream;
  private final List<Buffer> bodies = new ArrayList<>();
  private int pending;
  private boolean done;

  ModelsFanOut(HttpServerRequest request, Context context, Upstream upstream) {
    this.request = request;
    this.context = context;
    this.upstream = upstream;
  }

  /** Returns the distinct valid pools of a rule with weight above zero. */
  static List<PoolTarget> pools(RouteRule rule) {
    List<PoolTarget> out = new ArrayList<>();
    for (RouteRule.Backend b : rule.backends()) {
      if (b.pool() != null && b.weight() > 0 && !out.contains(b.pool())) {
        out.add(b.pool());
      }
    }
    return out;
  }

  void run(List<PoolTarget> pools, ResponseSink out) {
    List<EndpointPicker.Pick> picks = new ArrayList<>();
    for (PoolTarget pool : pools) {
      EndpointPicker.Pick pick = pool.pick(request.getHeader(CallHandler.OBJECTIVE), null, "");
      if (pick.endpoint() != null) {
        picks.add(pick);
      }
    }
    if (picks.isEmpty()) {
      Replies.epp(
          request.response(), request.getHeader(Replies.REQUEST_ID), EppError.NO_CANDIDATES);
      return;
    }
    pending = picks.size();
    for (EndpointPicker.Pick pick : picks) {
      request.headers().set(CallHandler.DESTINATION, pick.endpoint().address());
      ServingCall call =
          new ServingCall("GET", "/v1/models", request.headers(), null, new VertxTimers(context));
      upstream.forward(pick.endpoint(), call, new Collector(out));
    }
  }

  private void collected(ResponseSink out, int status, String type, Buffer body) {
    if (done) {
      return;
    }
    if (status != 200) {
      done = true;
      out.complete(status, type, body);
      return;
    }
    bodies.add(body);
    if (--pending == 0) {
      done = true;
      out.complete(200, type, merge(bodies));
    }
  }

  private static Buffer merge(List<Buffer> bodies) {
    ObjectNode merged = Json.mapper().createObjectNode();
    merged.put("object", "list");
    ArrayNode data = merged.putArray("data");
    Set<String> seen = new HashSet<>();
    for (Buffer b : bodies) {
      JsonNode list = Json.mapper().readTree(b.getBytes());
      for (JsonNode card : list.path("data").values()) {
        if (seen.add(card.path("id").asString(""))) {
          data.add(card);
        }
      }
    }
    return Buffer.buffer(Json.mapper().writeValueAsBytes(merged));
  }

  /** Takes one pool's answer. */
  private final class Collector implements ResponseSink {
    private final ResponseSink out;

    Collector(ResponseSink out) {
      this.out = out;
    }

    @Override
    public void complete(int status, String contentType, Buffer body) {
      collected(out, status, contentType, body);
    }

    @Override
    public void startStream() {
      throw new IllegalStateException("/v1/models does not stream");
    }

    @Override
    public void write(Buffer events) {
      throw new IllegalStateException("/v1/models does not stream");
    }

    @Override
    public void whenWritable(Runnable task) {
      task.run();
    }

    @Override
    public void endStream(@Nullable Buffer usage) {
      throw new IllegalStateException("/v1/models does not stream");
    }

    @Override
    public void reset() {
      if (!done) {
        done = true;
        out.reset();
      }
    }

    @Override
    public void onClientGone(Runnable task) {
      // Answers are immediate.
    }
  }
}
