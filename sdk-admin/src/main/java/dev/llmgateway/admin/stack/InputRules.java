package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The checks of {@link StackInputs}: each input on its own, then replaced parts against names. */
final class InputRules {

  private InputRules() {}

  static void check(StackInputs in) {
    Checks.find(
        Checks.maxLength(Checks.notBlank(in.name(), "name"), 63, "name"),
        KubeRules.LABEL_VALUE,
        "name");
    KubeRules.namespace(in.namespace(), "namespace");
    in.modelServerLabel().ifPresent(InputRules::modelServerLabel);
    Checks.notBlank(in.modelName(), "modelName");
    KubeRules.objectName(in.gatewayName(), "gatewayName");
    Checks.notBlank(in.gatewayClassName(), "gatewayClassName");
    KubeRules.port(in.gatewayPort(), "gatewayPort");
    Checks.pathSegment(Checks.notBlank(in.project(), "project"), "project");
    Checks.pathSegment(Checks.notBlank(in.organization(), "organization"), "organization");
    Checks.pathSegment(Checks.notBlank(in.apigeeEnv(), "apigeeEnv"), "apigeeEnv");
    Checks.notBlank(in.region(), "region");
    Checks.notBlank(in.network(), "network");
    Checks.notBlank(in.subnet(), "subnet");
    KubeRules.objectName(in.productName(), "productName");
    NameRules.apiProduct(in.productName(), "productName");
    Checks.range(in.quotaPerMinute(), 1, Long.MAX_VALUE, "quotaPerMinute");
    NameRules.developer(Checks.notBlank(in.developerEmail(), "developerEmail"));
    NameRules.apiProduct(in.appName(), "appName");
    NameRules.apiProxy(Checks.notBlank(in.proxyName(), "proxyName"));
    replacements(in);
  }

  /** Checks a model-server label as the chart's release name (a DNS label of at most 53). */
  static String modelServerLabel(String label) {
    Checks.maxLength(Checks.notBlank(label, "modelServerLabel"), 53, "modelServerLabel");
    return Checks.find(label, KubeRules.DNS_LABEL, "modelServerLabel");
  }

  private static void replacements(StackInputs in) {
    in.gateway().ifPresent(g -> sameName(g, in.gatewayName(), "gateway", "gatewayName"));
    in.productResource()
        .ifPresent(p -> sameName(p, in.productName(), "productResource", "productName"));
    in.developer()
        .ifPresent(d -> same(d.email(), in.developerEmail(), "developer.email", "developerEmail"));
    in.app().ifPresent(a -> same(a.name(), in.appName(), "app.name", "appName"));
    in.proxyBundle()
        .ifPresent(b -> same(b.name(), in.proxyName(), "proxyBundle.name", "proxyName"));
    in.endpointPicker()
        .ifPresent(
            e -> {
              same(e.namespace(), in.namespace(), "endpointPicker.namespace", "namespace");
              in.modelServerLabel()
                  .ifPresent(
                      l ->
                          same(
                              e.releaseName(),
                              l,
                              "endpointPicker.releaseName",
                              "modelServerLabel"));
            });
    for (Optional<? extends HasMetadata> part :
        java.util.List.of(
            in.objective(),
            in.gateway(),
            in.route(),
            in.backendService(),
            in.trafficExtension(),
            in.productResource(),
            in.operationSet())) {
      part.ifPresent(o -> namespace(o, in.namespace()));
    }
  }

  private static void sameName(HasMetadata o, String expected, String part, String input) {
    String name = o.getMetadata() == null ? null : o.getMetadata().getName();
    same(name, expected, part + ".metadata.name", input);
  }

  private static void namespace(HasMetadata o, String expected) {
    String ns = o.getMetadata() == null ? null : o.getMetadata().getNamespace();
    if (ns != null && !ns.equals(expected)) {
      throw new IllegalArgumentException(
          o.getKind()
              + " "
              + o.getMetadata().getName()
              + " has metadata.namespace '"
              + ns
              + "' but the stack's namespace is '"
              + expected
              + "': leave it unset or set namespace(\""
              + ns
              + "\")");
    }
  }

  private static void same(@Nullable String actual, String expected, String field, String input) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException(
          field
              + " is '"
              + actual
              + "' but "
              + input
              + " is '"
              + expected
              + "': the other parts refer to "
              + input
              + "; set "
              + input
              + "(\""
              + actual
              + "\") too");
    }
  }
}
