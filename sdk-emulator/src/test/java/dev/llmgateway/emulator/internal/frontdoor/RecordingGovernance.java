package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.Governance;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** A governance layer that records what the front door hands it and answers as told. */
final class RecordingGovernance implements Governance {
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> responses = new CopyOnWriteArrayList<>();
  final CompletableFuture<@Nullable String> streamUsage = new CompletableFuture<>();
  volatile @Nullable Fault requestFault;
  volatile @Nullable Fault responseFault;

  @Override
  public Future<@Nullable Fault> onRequest(Exchange exchange) {
    requests.add(exchange.method() + " " + exchange.path() + " " + exchange.requestId());
    return Future.succeededFuture(requestFault);
  }

  @Override
  public Future<@Nullable Fault> onResponse(
      Exchange exchange, int status, MultiMap headers, Buffer body) {
    responses.add(
        status + " " + headers.get("content-type") + " " + body.toString(StandardCharsets.UTF_8));
    return Future.succeededFuture(responseFault);
  }

  @Override
  public void onStreamEnd(Exchange exchange, @Nullable Buffer usage) {
    streamUsage.complete(usage == null ? null : usage.toString(StandardCharsets.UTF_8));
  }
}
