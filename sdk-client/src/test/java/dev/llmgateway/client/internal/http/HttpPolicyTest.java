package dev.llmgateway.client.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HttpPolicyTest {

  @Test
  void apply_userClientFollowingRedirects_turnsRedirectsAndSilentResendsOff() {
    OkHttpClient user = new OkHttpClient.Builder().followRedirects(true).build();

    OkHttpClient http = HttpPolicy.apply(user.newBuilder()).build();

    assertFalse(http.followRedirects());
    assertFalse(http.followSslRedirects());
    assertFalse(http.retryOnConnectionFailure());
  }

  @Test
  void apply_twice_addsItsNetworkInterceptorOnce() {
    OkHttpClient once = HttpPolicy.apply(new OkHttpClient.Builder()).build();

    OkHttpClient twice = HttpPolicy.apply(once.newBuilder()).build();

    assertEquals(1, once.networkInterceptors().size());
    assertEquals(1, twice.networkInterceptors().size());
  }

  @Test
  void requestMayHaveBeenSent_onlyForMarkedFailuresOrTheirWrappers() {
    IOException refused = new ConnectException("refused");
    IOException reset = HttpPolicy.markRequestSent(new IOException("reset"));
    IOException callTimeout = new InterruptedIOException("timeout");
    callTimeout.initCause(reset);

    assertFalse(HttpPolicy.requestMayHaveBeenSent(refused));
    assertTrue(HttpPolicy.requestMayHaveBeenSent(reset));
    assertTrue(HttpPolicy.requestMayHaveBeenSent(callTimeout));
    assertSame(reset, HttpPolicy.markRequestSent(reset));
    assertEquals(1, reset.getSuppressed().length, "marking twice adds one mark");
  }

  @Test
  void isRedirect_only3xx() {
    assertTrue(HttpPolicy.isRedirect(301));
    assertTrue(HttpPolicy.isRedirect(308));
    assertFalse(HttpPolicy.isRedirect(200));
    assertFalse(HttpPolicy.isRedirect(401));
  }

  @Test
  void redirectOrigin_dropsPathQueryAndUserInfo() {
    Response response =
        redirect("https://user:secret@other.example:8443/steal?key=abc", "http://gw:80/v1/x");

    assertEquals("https://other.example:8443", HttpPolicy.redirectOrigin(response));
  }

  @Test
  void redirectOrigin_relativeLocation_resolvedAgainstRequest() {
    assertEquals("http://gw:80", HttpPolicy.redirectOrigin(redirect("/v2/x", "http://gw/v1/x")));
  }

  @Test
  void redirectOrigin_noLocation_null() {
    Response response =
        new Response.Builder()
            .request(new Request.Builder().url("http://gw/v1/x").build())
            .protocol(Protocol.HTTP_1_1)
            .code(302)
            .message("Found")
            .build();

    assertNull(HttpPolicy.redirectOrigin(response));
  }

  private static Response redirect(String location, String requestUrl) {
    return new Response.Builder()
        .request(new Request.Builder().url(requestUrl).build())
        .protocol(Protocol.HTTP_1_1)
        .code(307)
        .message("Temporary Redirect")
        .header("Location", location)
        .build();
  }
}
