package dev.llmgateway.emulator;

import java.io.PrintWriter;

/** What the command line prints once the emulator runs: where each part listens, what to try. */
final class StartBanner {
  private final GatewayEmulator emulator;

  StartBanner(GatewayEmulator emulator) {
    this.emulator = emulator;
  }

  void print(PrintWriter out) {
    out.println("LLM gateway emulator (not a production gateway) is running:");
    out.println("  front door      " + emulator.baseUrl() + "  (/v1/chat/completions, ...)");
    out.println(
        "  Apigee API      "
            + emulator.apigeeUrl()
            + "  (organization "
            + GatewayEmulator.ORGANIZATION
            + ", environment "
            + GatewayEmulator.ENVIRONMENT
            + "; any access token)");
    out.println("  Kubernetes API  " + emulator.kubeUrl());
    out.println("  kubeconfig      " + emulator.kubeconfig());
    for (EmulatedModel m : emulator.models()) {
      out.println(
          "  model           "
              + m.name()
              + " (pool "
              + m.poolName()
              + ", "
              + m.replicas()
              + " replicas)");
    }
    String model = emulator.models().get(0).name();
    String key = emulator.guideApiKey().orElse(null);
    if (key != null) {
      out.println(
          "Applied the setup guide's objects; developer app "
              + GatewayEmulator.GUIDE_APP
              + " of "
              + GatewayEmulator.GUIDE_DEVELOPER
              + " has this key for "
              + GatewayEmulator.GUIDE_PRODUCT
              + ":");
      out.println(key);
    }
    out.println("Try:");
    out.println(
        "  curl -s "
            + emulator.baseUrl()
            + "/v1/chat/completions"
            + (key == null ? "" : " -H 'x-api-key: " + key + "'")
            + " -H 'Content-Type: application/json' -d '{\"model\":\""
            + model
            + "\",\"messages\":[{\"role\":\"user\",\"content\":\"What is the capital of"
            + " France?\"}],\"max_tokens\":10}'");
    out.println("  kubectl --kubeconfig " + emulator.kubeconfig() + " get gateways,httproutes -A");
    out.println("Ctrl-C stops it.");
    out.flush();
  }
}
