package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the stack defines once the model-server label is known: the cluster objects in apply
 * order, the Apigee developer and app (tagged with the stack's attribute) and the proxy bundle.
 *
 * @param inputs the inputs
 * @param modelServerLabel the given or discovered label
 * @param objects the cluster objects in apply order
 * @param developer the developer
 * @param app the developer app, subscribed to the product
 * @param bundle the proxy bundle, or null without the token-quota proxy
 */
record Desired(
    StackInputs inputs,
    String modelServerLabel,
    List<HasMetadata> objects,
    Developer developer,
    DeveloperApp app,
    @Nullable ApiProxyBundle bundle) {

  /** The attribute that tags the developer and app with the stack that made them. */
  static final String STACK_ATTRIBUTE = "llmgateway-stack";

  static Desired of(StackInputs in, String modelServerLabel) {
    Attribute tag = tag(in);
    Developer developer =
        in.developer()
            .orElseGet(
                () -> {
                  String local = in.developerEmail().substring(0, localPartEnd(in));
                  return Developer.builder()
                      .email(in.developerEmail())
                      .firstName(local)
                      .lastName("Developer")
                      .userName(local)
                      .build();
                });
    if (!developer.attributes().contains(tag)) {
      developer = developer.toBuilder().addAttribute(tag).build();
    }
    DeveloperApp app = in.app().orElseGet(() -> DeveloperApp.builder().name(in.appName()).build());
    DeveloperApp.Builder appBuilder = app.toBuilder();
    if (!app.apiProducts().contains(in.productName())) {
      appBuilder.addApiProduct(in.productName());
    }
    if (!app.attributes().contains(tag)) {
      appBuilder.addAttribute(tag);
    }
    ApiProxyBundle bundle =
        in.tokenQuotaProxy()
            ? in.proxyBundle().orElseGet(() -> TokenQuotaPreset.bundle(in.proxyName()))
            : null;
    return new Desired(
        in,
        modelServerLabel,
        List.copyOf(ClusterParts.objects(in, modelServerLabel)),
        developer,
        appBuilder.build(),
        bundle);
  }

  /** Returns the attribute {@code llmgateway-stack = namespace/name}. */
  static Attribute tag(StackInputs in) {
    return Attribute.of(STACK_ATTRIBUTE, in.namespace() + "/" + in.name());
  }

  /** Returns the APIOperationSet, which carries the product's quota and operations. */
  Optional<ApiOperationSet> operationSet() {
    return objects.stream()
        .filter(ApiOperationSet.class::isInstance)
        .map(ApiOperationSet.class::cast)
        .findFirst();
  }

  /** Returns the Gateway among the objects. */
  Optional<HasMetadata> gateway() {
    return objects.stream().filter(o -> "Gateway".equals(o.getKind())).findFirst();
  }

  private static int localPartEnd(StackInputs in) {
    int at = in.developerEmail().indexOf('@');
    return at > 0 ? at : in.developerEmail().length();
  }
}
