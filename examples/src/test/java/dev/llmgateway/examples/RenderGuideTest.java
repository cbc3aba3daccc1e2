package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderGuideTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RenderGuide.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_flags_renderEveryObjectWithTheGivenValues() {
    assertEquals(
        0,
        run(
            "--namespace", "team-a",
            "--model-server-label", "vllm-llama3-8b-instruct",
            "--apigee-env", "prod-env",
            "--project", "acme-prod-123",
            "--region", "europe-west4",
            "--network", "prod-net",
            "--subnet", "psc-subnet"));
    String yaml = out.toString(StandardCharsets.UTF_8);
    assertEquals(25, yaml.split("(?m)^---$").length - 1);
    assertTrue(yaml.contains("namespace: team-a"));
    assertTrue(yaml.contains("name: vllm-llama3-8b-instruct-epp"));
    assertTrue(yaml.contains("apigeeEnv: prod-env"));
    assertTrue(
        yaml.contains(
            "subnetwork: projects/acme-prod-123/regions/europe-west4/subnetworks/psc-subnet"));
    assertTrue(yaml.contains("network: projects/acme-prod-123/global/networks/prod-net"));
  }

  @Test
  void run_output_writesTheYamlToTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("guide.yaml");
    assertEquals(0, run("--output", file.toString()));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(yaml.startsWith("---\napiVersion: v1\nkind: ServiceAccount\n"), yaml);
    assertEquals(1, run("--output", dir.resolve("missing/dir/guide.yaml").toString()));
  }

  @Test
  void run_badValue_returns2AndNamesTheField() {
    assertEquals(2, run("--project", "X"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("project must match"));
    assertEquals(2, run("--colour", "blue"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
  }
}
