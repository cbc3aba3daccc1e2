package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class CloseTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String PRODUCT = "{\"name\":\"p\"}";

  @Test
  void close_ownHttpClient_evictsIdleConnectionsAndShutsDownDispatcher() {
    server.enqueue(ok(PRODUCT));
    ApigeeClient client = MockApigee.client(server, time);
    client.apiProducts().get("p");
    OkHttpClient own = client.ownedHttpClient();
    assertNotNull(own);
    assertEquals(1, own.connectionPool().idleConnectionCount());

    client.close();

    assertEquals(0, own.connectionPool().connectionCount());
    assertTrue(own.dispatcher().executorService().isShutdown());
  }

  @Test
  void close_calledTwice_isHarmless() {
    ApigeeClient client = MockApigee.client(server, time);
    client.close();
    client.close();
    OkHttpClient own = client.ownedHttpClient();
    assertNotNull(own);
    assertTrue(own.dispatcher().executorService().isShutdown());
  }

  @Test
  void close_suppliedOkHttpClient_isLeftUsable() throws Exception {
    server.enqueue(ok(PRODUCT));
    server.enqueue(ok(PRODUCT));
    OkHttpClient supplied = new OkHttpClient();
    try (ApigeeClient client =
        MockApigee.clientBuilder(server, time).okHttpClient(supplied).build()) {
      assertNull(client.ownedHttpClient());
      client.apiProducts().get("p");
    }

    assertFalse(supplied.dispatcher().executorService().isShutdown());
    assertEquals(1, supplied.connectionPool().idleConnectionCount());
    Request request = new Request.Builder().url(server.url("/again")).build();
    try (Response response = supplied.newCall(request).execute()) {
      assertEquals(200, response.code());
    }
    assertEquals(2, server.getRequestCount());
    supplied.dispatcher().executorService().shutdown();
    supplied.connectionPool().evictAll();
  }
}
