package dev.llmgateway.admin.apigee.internal;

import okhttp3.HttpUrl;

/** The API root of the management API, from the {@code baseUrl} a user gives. */
public final class ApiRoot {

  private ApiRoot() {}

  /**
   * Returns the API root ending in {@code /v1/}. User info, a query and a fragment are rejected
   * rather than stripped: a query would ride on every request, user info is never sent (the
   * credentials are), and both would be printed by {@code toString()}. Messages show the URL
   * without them; a string that is not a URL is not echoed at all, since it may still hold a key or
   * a password.
   *
   * @param baseUrl the URL as given, e.g. {@code https://apigee.googleapis.com} or {@code .../v1}
   * @param example a URL to show in the message when {@code baseUrl} is not one
   * @return the root
   * @throws IllegalArgumentException naming {@code baseUrl} and what is wrong with it
   */
  public static HttpUrl of(String baseUrl, String example) {
    HttpUrl url = HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL such as " + example);
    }
    String part =
        !url.username().isEmpty() || !url.password().isEmpty()
            ? "user info"
            : url.query() != null ? "a query" : url.fragment() != null ? "a fragment" : null;
    if (part != null) {
      String shown = url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
      throw new IllegalArgumentException(
          "baseUrl must not contain "
              + part
              + " (pass credentials with accessToken(..) or credentials(..)) but was "
              + shown);
    }
    String path = url.encodedPath();
    if (path.endsWith("/v1") || path.endsWith("/v1/")) {
      return url.newBuilder().encodedPath(path.endsWith("/") ? path : path + "/").build();
    }
    return url.newBuilder().encodedPath(path.endsWith("/") ? path + "v1/" : path + "/v1/").build();
  }
}
