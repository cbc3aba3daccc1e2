package dev.llmgateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One builder, several clients: each built client is independent of the others. */
class BuilderReuseTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock clock = new MutableClock(TestResponses.NOW);
  final RecordingSleeper sleeper = new RecordingSleeper(clock);

  @ParameterizedTest
  @EnumSource(Mode.class)
  void build_twiceThenCloseFirst_secondRunsEachInterceptorOnceOnItsOwnConnections(Mode mode) {
    AtomicInteger intercepted = new AtomicInteger();
    Interceptor counting =
        chain -> {
          intercepted.incrementAndGet();
          return chain.proceed(chain.request());
        };
    GatewayClient.Builder builder =
        TestResponses.builder(server, clock, sleeper).addInterceptor(counting);
    GatewayClient first = builder.build();
    GatewayClient second = builder.build();
    OkHttpClient firstHttp = first.okHttpClient();
    OkHttpClient secondHttp = second.okHttpClient();

    first.close();

    assertNotSame(firstHttp.connectionPool(), secondHttp.connectionPool());
    assertTrue(firstHttp.dispatcher().executorService().isShutdown());
    assertFalse(
        secondHttp.dispatcher().executorService().isShutdown(),
        "closing the first client must not shut down the second one's OkHttpClient");
    server.enqueue(TestResponses.chatOk());
    assertEquals("c1", mode.create(second, TestResponses.chatRequest()).id());
    assertEquals(1, intercepted.get(), "the interceptor runs once per request");
    assertThrows(
        IllegalStateException.class, () -> mode.create(first, TestResponses.chatRequest()));
    second.close();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void build_twiceWithSuppliedOkHttpClient_leavesItToItsOwner(Mode mode) {
    OkHttpClient supplied = new OkHttpClient();
    GatewayClient.Builder builder =
        TestResponses.builder(server, clock, sleeper).okHttpClient(supplied);
    GatewayClient first = builder.build();
    GatewayClient second = builder.build();

    first.close();

    assertFalse(supplied.dispatcher().executorService().isShutdown());
    server.enqueue(TestResponses.chatOk());
    assertEquals("c1", mode.create(second, TestResponses.chatRequest()).id());
    second.close();
    supplied.dispatcher().executorService().shutdown();
  }
}
