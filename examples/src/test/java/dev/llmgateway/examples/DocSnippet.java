package dev.llmgateway.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One code block of the documentation: a fenced block of a Markdown file or a {@code <pre>{@code
 * ...}</pre>} block of a Javadoc file, with where it starts and the markers written before it.
 *
 * <p>Markers (an HTML comment on the line right above a Markdown fence): {@code <!-- docs-test:
 * fragment -->} leaves a block out on purpose; {@code <!-- docs-test: requires a.b.C -->} checks
 * the block only when class {@code a.b.C} is on the class path (documentation of work that lands in
 * another branch).
 */
record DocSnippet(String file, int line, String lang, List<String> lines, List<String> markers) {
  private static final Pattern FENCE = Pattern.compile("^```([A-Za-z]*)\\s*$");
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*docs-test:\\s*(.+?)\\s*-->$");

  /** Tells whether a marker leaves this block out on purpose. */
  boolean isFragment() {
    return markers.contains("fragment");
  }

  /** Returns the class this block needs before it can be checked, if a marker names one. */
  Optional<String> requiredClass() {
    return markers.stream()
        .filter(m -> m.startsWith("requires "))
        .map(m -> m.substring("requires ".length()).trim())
        .findFirst();
  }

  /** Where the block is, for messages. */
  String where() {
    return file + ":" + line;
  }

  /** Reads the fenced blocks of a Markdown text. */
  static List<DocSnippet> fromMarkdown(String file, List<String> text) {
    List<DocSnippet> out = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Matcher open = FENCE.matcher(text.get(i));
      if (!open.matches()) {
        continue;
      }
      List<String> markers = new ArrayList<>();
      Matcher marker = i > 0 ? MARKER.matcher(text.get(i - 1).trim()) : null;
      if (marker != null && marker.matches()) {
        markers.add(marker.group(1));
      }
      int start = i;
      List<String> body = new ArrayList<>();
      for (i++; i < text.size() && !text.get(i).startsWith("```"); i++) {
        body.add(text.get(i));
      }
      if (i == text.size()) {
        throw new AssertionError(file + ":" + (start + 1) + ": code block is never closed");
      }
      out.add(new DocSnippet(file, start + 1, open.group(1), body, markers));
    }
    return out;
  }

  /** Reads the {@code <pre>{@code ...}</pre>} blocks of a Javadoc comment or overview page. */
  static List<DocSnippet> fromJavadoc(String file, List<String> text) {
    List<DocSnippet> out = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!stripStar(text.get(i)).trim().equals("<pre>{@code")) {
        continue;
      }
      int start = i;
      List<String> body = new ArrayList<>();
      for (i++; i < text.size() && !stripStar(text.get(i)).trim().equals("}</pre>"); i++) {
        body.add(stripStar(text.get(i)));
      }
      out.add(new DocSnippet(file, start + 1, "java", body, List.of()));
    }
    return out;
  }

  private static String stripStar(String line) {
    String t = line.stripLeading();
    if (t.startsWith("*")) {
      t = t.substring(1);
      return t.startsWith(" ") ? t.substring(1) : t;
    }
    return line;
  }
}
