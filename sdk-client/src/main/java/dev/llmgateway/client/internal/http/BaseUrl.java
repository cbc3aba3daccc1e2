package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.internal.log.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Parses the gateway base URL ({@code http://IP:PORT} with an optional path prefix) and resolves
 * the {@code /v1/...} endpoints against it. A base URL that already ends in {@code /v1} is not
 * doubled; one that ends in an endpoint ({@code .../v1/chat/completions}) is rejected with the base
 * URL to use instead, since appending to it would double the path.
 */
public final class BaseUrl {
  private final HttpUrl v1;

  private BaseUrl(HttpUrl v1) {
    this.v1 = v1;
  }

  /**
   * Parses a base URL.
   *
   * @param value the URL, for example {@code http://10.0.0.1:80} or {@code https://host/prefix}
   * @return the parsed base URL
   * @throws IllegalArgumentException naming the field {@code baseUrl} if it is malformed or ends in
   *     an endpoint path
   */
  public static BaseUrl parse(String value) {
    Objects.requireNonNull(value, "baseUrl == null");
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("baseUrl must not be blank");
    }
    HttpUrl url = HttpUrl.parse(trimmed);
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http:// or https:// URL such as http://10.0.0.1:80 but was '"
              + safe(trimmed)
              + "'");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          "baseUrl must not contain user info; set the API key with apiKey(...)");
    }
    // Drop empty segments (trailing slashes) and keep the path prefix.
    List<String> segments = new ArrayList<>(url.encodedPathSegments());
    segments.removeIf(String::isEmpty);
    int endpoint = endpointSegments(segments);
    if (endpoint > 0) {
      HttpUrl.Builder base = url.newBuilder().encodedPath("/");
      segments.subList(0, segments.size() - endpoint).forEach(base::addEncodedPathSegment);
      throw new IllegalArgumentException(
          "baseUrl must be the gateway's address, not an endpoint: use "
              + base.build()
              + " (the client appends /v1/chat/completions, /v1/completions and /v1/models)");
    }
    HttpUrl.Builder b = url.newBuilder().encodedPath("/");
    boolean endsWithV1 = false;
    for (String s : segments) {
      b.addEncodedPathSegment(s);
      endsWithV1 = s.equals("v1");
    }
    if (!endsWithV1) {
      b.addPathSegment("v1");
    }
    return new BaseUrl(b.build());
  }

  /**
   * Returns the URL of an endpoint below {@code /v1}.
   *
   * @param relative path segments separated by {@code /}, for example {@code chat/completions}
   * @return the URL
   */
  public HttpUrl resolve(String relative) {
    HttpUrl.Builder b = v1.newBuilder();
    for (String s : relative.split("/", -1)) {
      if (!s.isEmpty()) {
        b.addPathSegment(s);
      }
    }
    return b.build();
  }

  /**
   * Returns the {@code /v1} URL.
   *
   * @return the URL
   */
  public HttpUrl v1() {
    return v1;
  }

  @Override
  public String toString() {
    return v1.toString();
  }

  /**
   * How many trailing segments name an endpoint the client appends itself: {@code
   * chat/completions}, {@code v1/completions} or {@code v1/models}; 0 for none.
   */
  private static int endpointSegments(List<String> s) {
    int n = s.size();
    if (n >= 2 && s.get(n - 2).equals("chat") && s.get(n - 1).equals("completions")) {
      return 2;
    }
    boolean afterV1 = n >= 2 && s.get(n - 2).equals("v1");
    return afterV1 && (s.get(n - 1).equals("completions") || s.get(n - 1).equals("models")) ? 1 : 0;
  }

  private static String safe(String value) {
    int at = value.indexOf('@');
    return at < 0 ? value : Redactor.MARKER + value.substring(at);
  }
}
