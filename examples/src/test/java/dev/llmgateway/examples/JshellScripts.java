package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Runs {@code .jsh} files through the {@code jdk.jshell} API as the {@code jshell} tool does: line
 * by line, each snippet evaluated as soon as it is complete (so a statement continued on the next
 * line with a leading {@code .} fails here as it does there), and {@code /exit [EXPR]} ends it.
 */
final class JshellScripts {

  private JshellScripts() {}

  /**
   * Evaluates a script; fails on the first rejected snippet, exception or other command.
   *
   * @return the value of {@code /exit}'s expression, "0" without one or without {@code /exit}
   */
  static String run(JShell shell, Path script) throws IOException {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String pending = "";
    for (String line : Files.readAllLines(script)) {
      if (pending.isEmpty() && line.startsWith("/") && !line.startsWith("//")) {
        if (!line.equals("/exit") && !line.startsWith("/exit ")) {
          fail(script + ": JShell command not supported here: " + line);
        }
        String expression = line.substring("/exit".length()).strip();
        return expression.isEmpty() ? "0" : eval(shell, script, expression);
      }
      pending += line + "\n";
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
      while (info.completeness().isComplete()) {
        eval(shell, script, info.source());
        pending = info.remaining();
        info = analysis.analyzeCompletion(pending);
      }
      if (info.completeness() == Completeness.EMPTY) {
        pending = "";
      }
    }
    if (!pending.isBlank()) {
      fail(script + ": incomplete snippet at the end: " + pending);
    }
    return "0";
  }

  private static String eval(JShell shell, Path script, String source) {
    String value = null;
    for (SnippetEvent event : shell.eval(source)) {
      check(shell, script, event);
      if (event.causeSnippet() == null) {
        value = event.value();
      }
    }
    return value;
  }

  private static void check(JShell shell, Path script, SnippetEvent event) {
    if (event.status() == Snippet.Status.REJECTED) {
      String diagnostics =
          shell
              .diagnostics(event.snippet())
              .map(d -> d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("; "));
      fail(script + ": rejected: " + event.snippet().source() + ": " + diagnostics);
    }
    if (event.exception() != null) {
      fail(
          script + ": " + event.snippet().source() + " threw " + event.exception(),
          event.exception());
    }
  }
}
