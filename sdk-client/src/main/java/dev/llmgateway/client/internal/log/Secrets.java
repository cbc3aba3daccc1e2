package dev.llmgateway.client.internal.log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;

/**
 * Knows which request headers carry credentials (the configured API-key header, {@code
 * Authorization}, {@code Proxy-Authorization}, {@code Cookie}) and removes their values from text
 * that is about to become a log line or an exception message, e.g. a server error message that
 * echoes the key back. This class is thread-safe.
 */
public final class Secrets {
  private static final String BEARER = "bearer ";

  private final Set<String> sensitive;

  /**
   * Creates the set of credential headers.
   *
   * @param apiKeyHeader the header that carries the API key
   */
  public Secrets(String apiKeyHeader) {
    Set<String> names =
        new HashSet<>(List.of("x-api-key", "authorization", "proxy-authorization", "cookie"));
    names.add(apiKeyHeader.toLowerCase(Locale.ROOT));
    this.sensitive = Set.copyOf(names);
  }

  /**
   * Returns whether a header carries a credential.
   *
   * @param name the header name, any case
   * @return true for credential headers
   */
  public boolean sensitive(String name) {
    return sensitive.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Replaces every credential value sent in {@code sent} (for {@code Bearer} values also the bare
   * token) that occurs in {@code text} with {@link Redactor#MARKER}.
   *
   * @param text the text, e.g. a server's error message
   * @param sent the headers of the request that was sent
   * @return the text without credentials
   */
  public String scrub(String text, Headers sent) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      if (!sensitive(sent.name(i))) {
        continue;
      }
      String value = sent.value(i).strip();
      if (value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        values.add(value);
        value = value.substring(BEARER.length()).strip();
      }
      values.add(value);
    }
    return values.isEmpty() ? text : new Redactor(values).redact(text);
  }
}
