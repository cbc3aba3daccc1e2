package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class CommandLinesTest {

  @Test
  void describe_kubernetesErrorFromTheNetwork_namesTheRootCause() {
    KubernetesClientException e =
        new KubernetesClientException(
            "Operation: [list]  for kind: [Pod]  with name: [null]  in namespace: [ns]  failed.",
            new IOException(
                "kubernetes.default.svc", new UnknownHostException("kubernetes.default.svc")));
    assertEquals(
        "Operation: [list] for kind: [Pod] with name: [null] in namespace: [ns] failed."
            + " (UnknownHostException: kubernetes.default.svc)",
        CommandLines.describe(e));
  }

  @Test
  void describe_kubernetesErrorFromElsewhere_leavesTheCauseOut() {
    KubernetesClientException e =
        new KubernetesClientException(
            "Operation: [list] failed.",
            new IllegalStateException("exec plugin printed token=s3cr3t"));
    assertEquals("Operation: [list] failed.", CommandLines.describe(e));
  }

  @Test
  void hint_noApplicationDefaultCredentials_namesTheAccessTokenFlag() {
    assertEquals(
        "or pass --access-token, e.g. --access-token \"$(gcloud auth print-access-token)\".",
        CommandLines.hint(
            new IllegalStateException(
                "no application default credentials found (run `gcloud auth application-default"
                    + " login` or set GOOGLE_APPLICATION_CREDENTIALS), or pass accessToken(..)")));
    assertNull(CommandLines.hint(new IllegalStateException("the emulator is closed")));
  }
}
