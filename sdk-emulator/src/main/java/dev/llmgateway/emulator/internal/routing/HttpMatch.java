package dev.llmgateway.emulator.internal.routing;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPQueryParamMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One compiled HTTPRoute match: path ({@code Exact}, {@code PathPrefix} by whole segments, or
 * {@code RegularExpression}, full match), method, headers and query parameters ({@code Exact} or
 * {@code RegularExpression}); all must hold. Header names compare case-insensitively.
 */
final class HttpMatch {
  enum PathType {
    EXACT,
    PREFIX,
    REGEX
  }

  private final PathType pathType;
  private final String path;
  private final @Nullable Pattern pathPattern;
  private final @Nullable String method;
  private final List<Condition> headers;
  private final List<Condition> queryParams;

  private HttpMatch(
      PathType pathType,
      String path,
      @Nullable String method,
      List<Condition> headers,
      List<Condition> queryParams) {
    this.pathType = pathType;
    this.path =
        pathType == PathType.PREFIX && path.length() > 1 && path.endsWith("/")
            ? path.substring(0, path.length() - 1)
            : path;
    this.pathPattern = pathType == PathType.REGEX ? Pattern.compile(path) : null;
    this.method = method;
    this.headers = headers;
    this.queryParams = queryParams;
  }

  /** Returns the match of a rule without matches: every request ({@code PathPrefix /}). */
  static HttpMatch everything() {
    return new HttpMatch(PathType.PREFIX, "/", null, List.of(), List.of());
  }

  /**
   * Compiles a match; the API server's defaults apply ({@code PathPrefix /}, {@code Exact}).
   *
   * @throws java.util.regex.PatternSyntaxException when a regular expression is invalid
   */
  static HttpMatch of(HTTPRouteMatch m) {
    HTTPPathMatch p = m.getPath();
    String type = p == null || p.getType() == null ? "PathPrefix" : p.getType();
    String value = p == null || p.getValue() == null ? "/" : p.getValue();
    PathType pathType =
        type.equals("Exact")
            ? PathType.EXACT
            : type.equals("RegularExpression") ? PathType.REGEX : PathType.PREFIX;
    List<Condition> headers = new ArrayList<>();
    if (m.getHeaders() != null) {
      for (HTTPHeaderMatch h : m.getHeaders()) {
        headers.add(Condition.of(h.getName(), h.getType(), h.getValue()));
      }
    }
    List<Condition> params = new ArrayList<>();
    if (m.getQueryParams() != null) {
      for (HTTPQueryParamMatch q : m.getQueryParams()) {
        params.add(Condition.of(q.getName(), q.getType(), q.getValue()));
      }
    }
    return new HttpMatch(pathType, value, m.getMethod(), headers, params);
  }

  boolean matches(String method, String path, MultiMap headers, MultiMap params) {
    if (this.method != null && !this.method.equals(method)) {
      return false;
    }
    if (!pathMatches(path)) {
      return false;
    }
    for (Condition c : this.headers) {
      if (!c.test(headers.get(c.name))) {
        return false;
      }
    }
    for (Condition c : queryParams) {
      if (!c.test(params.get(c.name))) {
        return false;
      }
    }
    return true;
  }

  private boolean pathMatches(String p) {
    switch (pathType) {
      case EXACT:
        return p.equals(path);
      case REGEX:
        return pathPattern != null && pathPattern.matcher(p).matches();
      default:
        return path.equals("/")
            || (p.startsWith(path)
                && (p.length() == path.length() || p.charAt(path.length()) == '/'));
    }
  }

  /** Gateway API precedence: exact path, longer prefix, method, more headers, more parameters. */
  static int compare(HttpMatch a, HttpMatch b) {
    if (a.pathType != b.pathType) {
      return Integer.compare(a.pathType.ordinal(), b.pathType.ordinal());
    }
    if (a.pathType == PathType.PREFIX && a.path.length() != b.path.length()) {
      return Integer.compare(b.path.length(), a.path.length());
    }
    if ((a.method == null) != (b.method == null)) {
      return a.method != null ? -1 : 1;
    }
    if (a.headers.size() != b.headers.size()) {
      return Integer.compare(b.headers.size(), a.headers.size());
    }
    return Integer.compare(b.queryParams.size(), a.queryParams.size());
  }

  /** One header or query parameter condition. */
  private static final class Condition {
    final String name;
    private final @Nullable String exact;
    private final @Nullable Pattern pattern;

    private Condition(String name, @Nullable String exact, @Nullable Pattern pattern) {
      this.name = name;
      this.exact = exact;
      this.pattern = pattern;
    }

    static Condition of(String name, @Nullable String type, String value) {
      return "RegularExpression".equals(type)
          ? new Condition(name, null, Pattern.compile(value))
          : new Condition(name, value, null);
    }

    boolean test(@Nullable String actual) {
      if (actual == null) {
        return false;
      }
      return pattern != null ? pattern.matcher(actual).matches() : actual.equals(exact);
    }
  }
}
