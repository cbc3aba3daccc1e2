package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.emulator.ClusterSetup;
import dev.llmgateway.emulator.GatewayEmulator;
import dev.llmgateway.emulator.ResponseMode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GuideStack's sub-commands against the emulator, as an operator runs them. */
class GuideStackTest {

  private GatewayEmulator emulator;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() {
    emulator =
        GatewayEmulator.builder()
            .clusterSetup(ClusterSetup.EMPTY)
            .responseMode(ResponseMode.fixedAnswer("Paris."))
            .start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  /** Runs a sub-command with the emulator as target; returns its exit status. */
  private int run(String command, String... more) {
    out.reset();
    err.reset();
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(
        List.of(
            "--kubeconfig", emulator.kubeconfig().toString(),
            "--apigee-url", emulator.apigeeUrl(),
            "--access-token", "emulator-token",
            "--gateway-url", emulator.baseUrl()));
    args.addAll(List.of(more));
    int status =
        GuideStack.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out() + err.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains("emulator-token"), "the access token was printed: " + printed);
    return status;
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void planApplyStatusDestroy_exitCodesFollowTheStack() {
    assertEquals(2, run("plan", "--detailed-exitcode"), err.toString(StandardCharsets.UTF_8));
    assertTrue(
        out().endsWith("Plan: 30 to create, 0 to update, 0 to delete, 0 unchanged.\n"), out());

    assertEquals(3, run("status"));
    assertTrue(out().contains("NO     absent"), out());

    assertEquals(0, run("apply", "--print-key"), err.toString(StandardCharsets.UTF_8));
    String[] lines = out().split("\n");
    assertTrue(
        lines[0].startsWith("[ 1/32] model-server label: PASSED, vllm-l4-gemma-3-1b-it"), out());
    assertTrue(out().contains("[32/32] smoke test: PASSED, without a key HTTP 401"), out());
    assertTrue(out().contains("smoke test: " + emulator.baseUrl() + " answered: Paris.\n"), out());
    String key = lines[lines.length - 1];
    assertTrue(key.matches("[A-Za-z0-9_-]{16,}"), "the key is printed last: " + key);

    assertEquals(0, run("plan", "--detailed-exitcode"));
    assertTrue(
        out().endsWith("Plan: 0 to create, 0 to update, 0 to delete, 30 unchanged.\n"), out());
    assertEquals(0, run("status"));
    assertTrue(out().endsWith("Status: 30 of 30 parts ready.\n"), out());

    assertEquals(0, run("destroy"));
    assertTrue(out().contains("destroy: 29 steps\n"), out());
    assertEquals(2, run("plan", "--detailed-exitcode"));
    assertFalse(out().contains(key) || err.toString(StandardCharsets.UTF_8).contains(key));
  }

  @Test
  void apply_conflictHalfWay_exitsWith1NamingTheStepThenResumesWithForceConflicts() {
    GenericKubernetesResource gateway =
        Serialization.unmarshal(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: inference-gateway, namespace: ira-online-gpu}
            spec:
              gatewayClassName: other-class
              listeners: [{name: http, port: 80, protocol: HTTP}]
            """,
            GenericKubernetesResource.class);
    emulator.kubernetesClient().resource(gateway).fieldManager("other-team").serverSideApply();

    assertEquals(1, run("apply", "--no-smoke-test"));
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        error.matches(
            "(?s)GuideStack: error: apply failed at step \\d+/31 \\(Gateway"
                + " ira-online-gpu/inference-gateway\\): .*\\(other-team\\)[^\\n]*\\(true\\); steps"
                + " 1-\\d+ are done.*"),
        error);
    assertTrue(
        error.endsWith("\nGuideStack: apply --force-conflicts takes those fields over.\n"), error);
    assertTrue(out().contains("[ 2/31] ServiceAccount"), out());

    assertEquals(0, run("apply", "--no-smoke-test", "--force-conflicts"), err());
    assertTrue(out().contains(": UNCHANGED"), out());
    assertFalse(out().matches("(?s).*ServiceAccount [^\\n]*CREATED.*"), out());
    assertTrue(out().matches("(?s).*Gateway ira-online-gpu/inference-gateway: UPDATED.*"), out());
    assertEquals(0, run("plan", "--detailed-exitcode"), out());
  }

  @Test
  void render_writesTheSameYamlAsRenderGuide() {
    assertEquals(
        0,
        GuideStack.run(
            new String[] {"render", "--project", "acme-prod-123"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
    String stack = out();
    out.reset();
    assertEquals(
        0,
        RenderGuide.run(
            new String[] {"--project", "acme-prod-123"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertEquals(stack, out());
    assertTrue(stack.contains("network: projects/acme-prod-123/global/networks/acp-dev"), stack);
  }
}
