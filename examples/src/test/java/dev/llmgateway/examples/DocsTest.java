package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation stays true: every Java snippet of README.md, of the public packages'
 * package-info.java files and of the Javadoc overview compiles (one javac run), and every command
 * in README.md is one that CI runs or a named test checks ({@link DocsCommands}). Markers and
 * wrapping rules: CONTRIBUTING.md, "Documentation".
 */
class DocsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final List<String> JSHELL_DEFAULT_IMPORTS =
      Stream.of(
              "java.io",
              "java.math",
              "java.net",
              "java.nio.file",
              "java.util",
              "java.util.concurrent",
              "java.util.function",
              "java.util.prefs",
              "java.util.regex",
              "java.util.stream")
          .map(p -> "import " + p + ".*;")
          .toList();

  @Test
  void snippets_inReadmeAndJavadoc_compile(@TempDir Path out) throws IOException {
    SnippetCompiler compiler = new SnippetCompiler();
    int compiled = 0;
    Set<String> readmeImports = new LinkedHashSet<>();
    for (DocSnippet s : DocSnippet.fromMarkdown("README.md", lines("README.md"))) {
      if (!isChecked(s) || !(s.lang().equals("java") || s.lang().equals("jshell"))) {
        continue;
      }
      if (s.lang().equals("jshell")) {
        compiler.add(jshell(s), "dev.llmgateway.docs", jshellImports());
      } else {
        readmeImports.addAll(compiler.add(s, "dev.llmgateway.docs", List.copyOf(readmeImports)));
      }
      compiled++;
    }
    Map<String, Path> packages = publicPackages();
    List<String> apiImports =
        packages.keySet().stream().map(p -> "import " + p + ".*;").collect(Collectors.toList());
    apiImports.addAll(JAVADOC_IMPORTS);
    for (Map.Entry<String, Path> p : packages.entrySet()) {
      String file = ROOT.relativize(p.getValue()).toString();
      for (DocSnippet s : DocSnippet.fromJavadoc(file, lines(file))) {
        compiler.add(s, p.getKey(), apiImports);
        compiled++;
      }
    }
    String overview = "javadoc/src/main/javadoc/overview.html";
    for (DocSnippet s : DocSnippet.fromJavadoc(overview, lines(overview))) {
      compiler.add(s, "dev.llmgateway.docs", apiImports);
      compiled++;
    }
    assertTrue(compiled >= 20, "expected the README's and the packages' snippets: " + compiled);
    List<String> errors = compiler.compile(out);
    assertEquals(List.of(), errors, String.join("\n", errors));
  }

  @Test
  void commands_inReadme_areRunByCiOrCheckedByANamedTest() throws IOException {
    String ci = DocsCommands.normalize(String.join("\n", lines(".ci/run")));
    List<String> unknown = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (DocSnippet s : DocSnippet.fromMarkdown("README.md", lines("README.md"))) {
      if (!Set.of("sh", "bash", "shell").contains(s.lang())) {
        continue;
      }
      for (String command : DocsCommands.commands(s.lines())) {
        seen.add(command);
        String check = DocsCommands.ALLOWED.get(command);
        if (check == null) {
          unknown.add(s.where() + ": " + command);
        } else if (isChecked(s)) {
          String problem = DocsCommands.verify(command, check, ci, ROOT);
          if (problem != null) {
            unknown.add(s.where() + ": " + command + ": " + problem);
          }
        }
      }
    }
    assertEquals(List.of(), unknown, "README commands without a check:\n" + unknown);
    Set<String> stale = new LinkedHashSet<>(DocsCommands.ALLOWED.keySet());
    stale.removeAll(seen);
    assertEquals(Set.of(), stale, "allow-listed commands no longer in README.md");
    assertTrue(ci.contains("mvn -B verify"), "the README's test command runs in .ci/run");
  }

  /** A block is checked unless marked a fragment or needing a class not on the class path. */
  private static boolean isChecked(DocSnippet s) {
    if (s.isFragment()) {
      return false;
    }
    String needed = s.requiredClass().orElse(null);
    if (needed == null) {
      return true;
    }
    try {
      Class.forName(needed, false, DocsTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static DocSnippet jshell(DocSnippet s) {
    List<String> statements = new ArrayList<>();
    for (String line : s.lines()) {
      assertTrue(line.startsWith("jshell> "), s.where() + ": a jshell block has only prompts");
      String code = line.substring("jshell> ".length()).trim();
      statements.add(code.endsWith(";") || code.endsWith("}") ? code : code + ";");
    }
    return new DocSnippet(s.file(), s.line(), "java", statements, s.markers());
  }

  /** JShell's default imports and those of the start-up script scripts/jshell.sh loads. */
  private static List<String> jshellImports() throws IOException {
    List<String> imports = new ArrayList<>(JSHELL_DEFAULT_IMPORTS);
    Path startup = ROOT.resolve("examples/jshell/startup.jsh");
    Path source = Files.exists(startup) ? startup : ROOT.resolve("scripts/jshell.sh");
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      if (line.startsWith("import ")) {
        imports.add(line.trim());
      }
    }
    return imports;
  }

  private static final List<String> JAVADOC_IMPORTS =
      List.of(
          "import java.time.*;",
          "import java.util.*;",
          "import io.fabric8.kubernetes.api.model.HasMetadata;",
          "import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;",
          "import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;",
          "import io.fabric8.kubernetes.client.KubernetesClient;",
          "import io.fabric8.kubernetes.client.KubernetesClientBuilder;");

  /** The packages of sdk-client, sdk-admin and sdk-emulator outside {@code internal}. */
  private static Map<String, Path> publicPackages() throws IOException {
    Map<String, Path> packages = new TreeMap<>();
    for (String module : List.of("sdk-client", "sdk-admin", "sdk-emulator")) {
      Path src = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(src)) {
        files
            .filter(f -> f.getFileName().toString().equals("package-info.java"))
            .forEach(
                f -> {
                  String pkg = src.relativize(f.getParent()).toString().replace('/', '.');
                  if (!pkg.contains("internal")) {
                    packages.put(pkg, f);
                  }
                });
      }
    }
    return packages;
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8);
  }
}
