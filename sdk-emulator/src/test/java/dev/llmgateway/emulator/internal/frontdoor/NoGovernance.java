package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.Governance;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import org.jspecify.annotations.Nullable;

/** A governance layer that lets every call pass and counts nothing, for tests of the front door. */
final class NoGovernance implements Governance {
  private static final Future<@Nullable Fault> PASS = Future.succeededFuture(null);

  @Override
  public Future<@Nullable Fault> onRequest(Exchange exchange) {
    return PASS;
  }

  @Override
  public Future<@Nullable Fault> onResponse(
      Exchange exchange, int status, MultiMap headers, Buffer body) {
    return PASS;
  }

  @Override
  public void onStreamEnd(Exchange exchange, @Nullable Buffer usage) {
    // Nothing to count.
  }
}
