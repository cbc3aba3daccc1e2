package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.ApiKeyProvider;
import dev.llmgateway.client.BearerTokenProvider;
import dev.llmgateway.client.RequestOptions;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Builds the HTTP request of each attempt: the client's headers, the credentials (asked of their
 * providers on every attempt, for rotation), the call's headers, and the request id. Thread-safe.
 */
final class RequestFactory {
  private static final String USER_AGENT = "llm-gateway-java/0.1";

  private final @Nullable ApiKeyProvider apiKey;
  private final String apiKeyHeader;
  private final @Nullable BearerTokenProvider bearer;
  private final boolean keyHeaderPreset;
  private final boolean authorizationPreset;
  private final Headers jsonHeaders;
  private final Headers sseHeaders;

  RequestFactory(TransportConfig c) {
    this.apiKey = c.apiKey;
    this.apiKeyHeader = c.apiKeyHeader;
    this.bearer = c.bearerToken;
    this.keyHeaderPreset = c.headers.keySet().stream().anyMatch(c.apiKeyHeader::equalsIgnoreCase);
    this.authorizationPreset =
        c.headers.keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
    Headers.Builder h = new Headers.Builder().add("User-Agent", USER_AGENT);
    c.headers.forEach(h::set);
    this.jsonHeaders = h.build().newBuilder().set("Accept", "application/json").build();
    this.sseHeaders = h.build().newBuilder().set("Accept", "text/event-stream").build();
  }

  /** The request of the call's next attempt. */
  Request request(GatewayCall<?> call) {
    Endpoint ep = call.endpoint();
    Request.Builder b =
        new Request.Builder().url(ep.url).headers(call.streaming() ? sseHeaders : jsonHeaders);
    ApiKeyProvider key = apiKey;
    if (key != null) {
      String value = credential(key.apiKey(), "apiKeyProvider");
      if (keyHeaderPreset) {
        b.header(apiKeyHeader, value);
      } else {
        b.addHeader(apiKeyHeader, value); // no scan for an existing value
      }
    }
    BearerTokenProvider token = bearer;
    if (token != null) {
      String value = "Bearer " + credential(token.token(), "bearerTokenProvider");
      if (authorizationPreset) {
        b.header("Authorization", value);
      } else {
        b.addHeader("Authorization", value);
      }
    }
    Map<String, String> extra = call.options().headers();
    if (!extra.isEmpty()) {
      extra.forEach(b::header);
    }
    // Never among the client's or the call's headers (both route it to the request id).
    b.addHeader(RequestOptions.REQUEST_ID_HEADER, call.requestId());
    return b.method(ep.method, call.body()).build();
  }

  private static String credential(@Nullable String value, String source) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(source + " returned a null or blank credential");
    }
    String problem = HeaderValues.problem(value);
    if (problem != null) {
      // Before OkHttp sees it: its own check would quote the whole value in the message.
      throw new IllegalStateException(source + " returned a credential that " + problem);
    }
    return value;
  }
}
