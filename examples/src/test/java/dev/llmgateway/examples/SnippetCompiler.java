package dev.llmgateway.examples;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Wraps documentation snippets into classes and compiles them all in one javac run against the test
 * class path. A snippet is a statement list (the default: wrapped in a method) or class members
 * (when a line at the left margin starts with an annotation or a modifier). Its {@code import}
 * lines go to the top of its file, after the imports it is given. The wrapping class has fields
 * named {@code client}, {@code request}, {@code apigee}, {@code kube}, {@code emulator} and {@code
 * chain} that a snippet may use without declaring them (declaring them shadows the field).
 */
final class SnippetCompiler {
  private static final Pattern MEMBER =
      Pattern.compile("^(@|static |private |public |protected |final |void ).*");
  private static final String FIELDS =
      "  dev.llmgateway.client.GatewayClient client;\n"
          + "  dev.llmgateway.client.chat.ChatCompletionRequest request;\n"
          + "  dev.llmgateway.admin.apigee.ApigeeClient apigee;\n"
          + "  io.fabric8.kubernetes.client.KubernetesClient kube;\n"
          + "  dev.llmgateway.emulator.GatewayEmulator emulator;\n"
          + "  dev.llmgateway.admin.k8s.gke.ExtensionChain chain;\n";

  private final List<JavaFileObject> units = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final List<DocSnippet> origins = new ArrayList<>();

  /**
   * Adds a snippet.
   *
   * @param snippet the snippet, its lines as written (JShell prompts already removed)
   * @param pkg the package of the wrapping class
   * @param imports import lines to put before the snippet's own
   * @return the snippet's own import lines
   */
  List<String> add(DocSnippet snippet, String pkg, List<String> imports) {
    List<String> own = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : snippet.lines()) {
      (line.startsWith("import ") ? own : body).add(line);
    }
    boolean members = body.stream().anyMatch(l -> MEMBER.matcher(l).matches());
    String name = "DocSnippet" + units.size();
    StringBuilder src = new StringBuilder("package " + pkg + ";\n");
    imports.forEach(i -> src.append(i).append('\n'));
    own.forEach(i -> src.append(i).append('\n'));
    src.append("@SuppressWarnings(\"all\")\nclass ").append(name).append(" {\n").append(FIELDS);
    src.append(members ? "" : "  void snippet() throws Exception {\n");
    body.forEach(l -> src.append(l).append('\n'));
    src.append(members ? "}\n" : "  }\n}\n");
    String text = src.toString();
    String path = pkg.replace('.', '/') + "/" + name + ".java";
    units.add(
        new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
          }
        });
    sources.add(text);
    origins.add(snippet);
    return own;
  }

  /**
   * Compiles every snippet added.
   *
   * @param out where class files go
   * @return one message per error, naming the snippet and showing its wrapped source
   * @throws IOException if the file manager fails
   */
  List<String> compile(Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> options =
        List.of("-proc:none", "-Xlint:none", "-d", out.toString(), "-cp", classPath);
    Files.createDirectories(out);
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      javac.getTask(null, files, diagnostics, options, null, units).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      int i = units.indexOf(d.getSource());
      String where = i < 0 ? "?" : origins.get(i).where();
      errors.add(
          where
              + ": line "
              + d.getLineNumber()
              + " of the wrapped snippet: "
              + d.getMessage(Locale.ROOT)
              + (i < 0 ? "" : "\n" + numbered(sources.get(i))));
    }
    return errors;
  }

  private static String numbered(String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      b.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
    }
    return b.toString();
  }
}
