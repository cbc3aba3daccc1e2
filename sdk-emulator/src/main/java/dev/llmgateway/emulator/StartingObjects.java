package dev.llmgateway.emulator;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.model.ConsumerKey;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link ClusterSetup} the way a user would: the objects with sdk-admin's {@link
 * KubernetesApplier} through the Kubernetes API, the guide's developer and app with sdk-admin's
 * {@link ApigeeClient} through the management API.
 */
final class StartingObjects {
  private StartingObjects() {}

  /**
   * Applies the setup.
   *
   * @return the guide app's key for {@link ClusterSetup#GUIDE}, else null
   */
  static @Nullable String apply(
      ClusterSetup setup,
      KubernetesClient kube,
      ApigeeClient apigee,
      List<EmulatedModel> models,
      String namespace,
      List<InferenceObjective> objectives,
      long quotaPerMinute) {
    KubernetesApplier applier = KubernetesApplier.builder().client(kube).build();
    switch (setup) {
      case EMPTY:
        return null;
      // apply, not applyAndWait: the emulated controllers write every status before the Kubernetes
      // API answers a write, so the objects are ready when apply returns (and waits cost a second).
      case SERVING:
        applier.apply(ClusterObjects.serving(models, namespace, objectives));
        return null;
      case GUIDE:
        List<HasMetadata> guide =
            ClusterObjects.guide(models, namespace, objectives, quotaPerMinute);
        applier.apply(guide);
        return guideApp(apigee);
    }
    throw new IllegalArgumentException("unknown setup " + setup);
  }

  /** Ensures the guide's developer and app and returns the app's key for the guide's product. */
  private static String guideApp(ApigeeClient apigee) {
    String email = GatewayEmulator.GUIDE_DEVELOPER;
    apigee
        .developers()
        .ensure(
            Developer.builder()
                .email(email)
                .firstName("Guide")
                .lastName("Developer")
                .userName("guide-developer")
                .build());
    apigee
        .developerApps()
        .ensure(
            email,
            DeveloperApp.builder()
                .name(GatewayEmulator.GUIDE_APP)
                .addApiProduct(GatewayEmulator.GUIDE_PRODUCT)
                .build());
    return apigee
        .developerApps()
        .approvedKey(email, GatewayEmulator.GUIDE_APP, GatewayEmulator.GUIDE_PRODUCT)
        .map(ConsumerKey::value)
        .orElseThrow(() -> new IllegalStateException("the guide's app got no approved key"));
  }
}
