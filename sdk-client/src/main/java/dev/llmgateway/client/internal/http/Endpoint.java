package dev.llmgateway.client.internal.http;

import okhttp3.HttpUrl;

/** A resolved API endpoint: method, URL and path, computed once per client. */
public final class Endpoint {
  final String method;
  final HttpUrl url;
  final String path;

  Endpoint(String method, HttpUrl url) {
    this.method = method;
    this.url = url;
    this.path = url.encodedPath();
  }

  /**
   * Returns the URL.
   *
   * @return the URL
   */
  public HttpUrl url() {
    return url;
  }

  @Override
  public String toString() {
    return method + " " + url;
  }
}
