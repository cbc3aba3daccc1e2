package dev.llmgateway.admin.apigee.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A short plain-text excerpt of a body that is not a JSON error, for messages: an HTML page (a load
 * balancer's or proxy's error page) is reduced to its title or its first words, without markup.
 */
final class BodyExcerpt {

  /** The longest excerpt, in characters, before "...". */
  static final int MAX = 200;

  private static final int MAX_HTML_TITLE = 100;
  private static final int SCANNED = 64 * 1024;
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title\\s*>");
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
  private static final Pattern TAG = Pattern.compile("<[^>]*(>|$)");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private BodyExcerpt() {}

  /** Returns whether the body is markup: an HTML or XML content type, or a body opening a tag. */
  static boolean isMarkup(@Nullable String contentType, String text) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.contains("html") || type.contains("xml") || text.stripLeading().startsWith("<");
  }

  /** Returns the excerpt of a body: the text of markup, or the body itself, cut to {@link #MAX}. */
  static String of(@Nullable String contentType, byte[] body) {
    int n = Math.min(body.length, SCANNED);
    String text = new String(body, 0, n, StandardCharsets.UTF_8).strip();
    if (!isMarkup(contentType, text)) {
      return cut(SPACE.matcher(text).replaceAll(" "), MAX);
    }
    Matcher title = TITLE.matcher(text);
    if (title.find()) {
      String t = plain(title.group(1));
      if (!t.isEmpty()) {
        return cut(t, MAX_HTML_TITLE);
      }
    }
    return cut(plain(SCRIPT_OR_STYLE.matcher(text).replaceAll(" ")), MAX_HTML_TITLE);
  }

  private static String plain(String markup) {
    String s = COMMENT.matcher(markup).replaceAll(" ");
    s = TAG.matcher(s).replaceAll(" ");
    s = s.replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "..." : s;
  }
}
