package dev.llmgateway.client.internal.log;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's one redactor: replaces known secrets (API keys, bearer tokens, access tokens, consumer
 * keys and secrets) in text that is about to become a log line, an exception message or a {@code
 * toString()} with {@link #MARKER}. Values shorter than {@link #MIN_LENGTH} are left alone:
 * replacing them would garble the text, not protect it. Secrets are replaced in the order given, so
 * pass a longer value that contains a shorter one first (a whole {@code Bearer} header before its
 * token). This class is immutable and thread-safe.
 */
public final class Redactor {

  /** Stands in for a secret, everywhere in the SDK. */
  public static final String MARKER = "****";

  /** The shortest value that is replaced. */
  public static final int MIN_LENGTH = 4;

  private final List<String> secrets;

  /**
   * Creates a redactor for the given secrets; null and short values are ignored.
   *
   * @param secrets the secrets, longest-containing first
   */
  public Redactor(Collection<? extends @Nullable String> secrets) {
    List<String> kept = new ArrayList<>(secrets.size());
    for (String s : secrets) {
      if (s != null && s.length() >= MIN_LENGTH) {
        kept.add(s);
      }
    }
    this.secrets = List.copyOf(kept);
  }

  /**
   * Returns {@code text} with every occurrence of every secret replaced by {@link #MARKER}.
   *
   * @param text the text
   * @return the text without the secrets
   */
  public String redact(String text) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MARKER);
    }
    return out;
  }
}
