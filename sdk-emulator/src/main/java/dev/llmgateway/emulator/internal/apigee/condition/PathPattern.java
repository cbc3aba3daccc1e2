package dev.llmgateway.emulator.internal.apigee.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A path pattern as Apigee's {@code MatchesPath} and API product operation resources use it: a
 * segment {@code *} matches exactly one segment, {@code **} one or more segments, and {@code *}
 * inside a segment any characters of that segment; other characters are literal. One trailing
 * {@code /} on the pattern or the path is ignored. For product resources, {@link #resource} also
 * makes {@code /} match every path; parsed resources are cached (they are matched on every call).
 */
public final class PathPattern {

  private static final Pattern ANY_DEPTH = Pattern.compile("");
  private static final Pattern ONE_SEGMENT = Pattern.compile("[^/]+");
  private static final PathPattern EVERYTHING = new PathPattern(null);
  private static final int CACHE_SIZE = 4096;
  private static final Map<String, PathPattern> CACHE = new ConcurrentHashMap<>();

  private final @Nullable List<Pattern> segments;

  private PathPattern(@Nullable List<Pattern> segments) {
    this.segments = segments;
  }

  /**
   * Parses a {@code MatchesPath} pattern.
   *
   * @param pattern the pattern, e.g. {@code /v1/*}
   * @return the pattern
   */
  public static PathPattern of(String pattern) {
    List<Pattern> out = new ArrayList<>();
    for (String segment : split(pattern)) {
      if (segment.equals("**")) {
        out.add(ANY_DEPTH);
      } else if (segment.equals("*")) {
        out.add(ONE_SEGMENT);
      } else {
        out.add(Operator.wildcard(segment));
      }
    }
    return new PathPattern(out);
  }

  /**
   * Parses an API product operation resource: {@code /} matches every path, otherwise as {@link
   * #of}.
   *
   * @param resource the resource, e.g. {@code /v1/chat/completions}
   * @return the pattern
   */
  public static PathPattern resource(String resource) {
    if (resource.equals("/")) {
      return EVERYTHING;
    }
    PathPattern p = CACHE.get(resource);
    if (p == null) {
      if (CACHE.size() >= CACHE_SIZE) {
        CACHE.clear();
      }
      p = of(resource);
      CACHE.put(resource, p);
    }
    return p;
  }

  /**
   * Tells whether a path matches.
   *
   * @param path the request path (after the proxy base path)
   * @return whether it matches
   */
  public boolean matches(String path) {
    return segments == null || match(segments, split(path), 0, 0);
  }

  private static boolean match(List<Pattern> segments, List<String> path, int p, int s) {
    if (s == segments.size()) {
      return p == path.size();
    }
    Pattern segment = segments.get(s);
    if (segment == ANY_DEPTH) {
      for (int end = p + 1; end <= path.size(); end++) {
        if (match(segments, path, end, s + 1)) {
          return true;
        }
      }
      return false;
    }
    return p < path.size()
        && segment.matcher(path.get(p)).matches()
        && match(segments, path, p + 1, s + 1);
  }

  private static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    List<String> out = new ArrayList<>();
    if (!p.isEmpty()) {
      for (String s : p.split("/", -1)) {
        out.add(s);
      }
    }
    return out;
  }
}
