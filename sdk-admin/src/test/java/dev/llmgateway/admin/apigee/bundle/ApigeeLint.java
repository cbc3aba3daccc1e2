package dev.llmgateway.admin.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * apigeelint 2.85.1, installed from npm into a folder of its own, run on bundles written to disk.
 */
final class ApigeeLint {

  /** The version the issue names. */
  static final String VERSION = "2.85.1";

  /** One finding: rule, severity (2 error, 1 warning), file and message. */
  record Finding(String rule, int severity, String file, String message) {
    @Override
    public String toString() {
      return (severity == 2 ? "ERROR " : "warning ") + rule + " " + file + ": " + message;
    }
  }

  private final Path home;

  private ApigeeLint(Path home) {
    this.home = home;
  }

  /**
   * Tells why apigeelint cannot be installed here, or null when npm is on the path.
   *
   * @return the reason, or null
   */
  static String whyUnavailable() {
    try {
      Process p = new ProcessBuilder(npm(), "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "npm --version failed";
    } catch (IOException e) {
      return "npm is not on the PATH (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Installs apigeelint into {@code dir} with {@code npm install}; fails the test if it cannot. */
  static ApigeeLint install(Path dir) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                npm(),
                "install",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "apigeelint@" + VERSION)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      fail("npm install apigeelint@" + VERSION + " failed:\n" + out);
    }
    return new ApigeeLint(dir);
  }

  /** Writes the bundle under {@code dir} and lints its {@code apiproxy} with --profile apigeex. */
  List<Finding> lint(ApiProxyBundle bundle, Path dir) throws IOException, InterruptedException {
    for (Map.Entry<String, String> f : bundle.files().entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
    }
    Path report = dir.resolve("report.json");
    Process p =
        new ProcessBuilder(
                "node",
                home.resolve("node_modules/apigeelint/cli.js").toString(),
                "-s",
                dir.resolve("apiproxy").toString(),
                "-f",
                "json.js",
                "--profile",
                "apigeex",
                "--norc",
                "-w",
                report.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES) || !Files.exists(report)) {
      fail("apigeelint did not write a report:\n" + out);
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode files = JsonMapper.builder().build().readTree(report.toFile());
    for (JsonNode file : files) {
      String name = dir.relativize(Path.of(file.path("filePath").asString())).toString();
      for (JsonNode m : file.path("messages")) {
        findings.add(
            new Finding(
                m.path("ruleId").asString(),
                m.path("severity").asInt(),
                name,
                m.path("message").asString()));
      }
    }
    // apigeelint exits 1 exactly when it found errors (or too many warnings).
    long errors = findings.stream().filter(f -> f.severity() == 2).count();
    assertEquals(errors > 0 ? 1 : 0, p.exitValue(), "apigeelint's exit code; output:\n" + out);
    return findings;
  }

  private static String npm() {
    return System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
  }
}
