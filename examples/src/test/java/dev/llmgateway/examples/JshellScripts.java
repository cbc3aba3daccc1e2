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

/** Runs {@code .jsh} files through the {@code jdk.jshell} API, as {@code jshell FILE} does. */
final class JshellScripts {

  private JshellScripts() {}

  /** Evaluates a script's snippets in order; fails on the first rejected snippet or exception. */
  static void run(JShell shell, Path script) throws IOException {
    String source =
        Files.readAllLines(script).stream()
            .filter(line -> !(line.startsWith("/") && !line.startsWith("//")))
            .collect(Collectors.joining("\n"));
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (!info.completeness().isComplete()) {
        fail(script + ": incomplete snippet: " + remaining);
      }
      for (SnippetEvent event : shell.eval(info.source())) {
        check(shell, script, event);
      }
      remaining = info.remaining();
    }
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
