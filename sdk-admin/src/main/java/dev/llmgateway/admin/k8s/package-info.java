/**
 * The Kubernetes half of the admin SDK: the guide's cluster objects as one list ({@link
 * dev.llmgateway.admin.k8s.GuideResources}), the {@code inferencepool} chart's objects ({@link
 * dev.llmgateway.admin.k8s.EndpointPickerSet}), YAML rendering ({@link
 * dev.llmgateway.admin.k8s.Manifests}) and server-side apply, waits and deletes against a cluster
 * ({@link dev.llmgateway.admin.k8s.KubernetesApplier}).
 *
 * <p>The typed resources live in the subpackages {@code inference}, {@code gke}, {@code apim},
 * {@code monitoring} and {@code gateway}.
 *
 * <pre>{@code
 * List<HasMetadata> objects = GuideResources.builder()
 *     .namespace("ira-online-gpu").modelServerLabel("vllm-l4-gemma-3-1b-it")
 *     .apigeeEnv("apim-enabled-dep-env").project("my-project-id").build().objects();
 * System.out.println(Manifests.toYaml(objects));
 * try (KubernetesClient kube = new KubernetesClientBuilder().build()) {
 *   KubernetesApplier applier = KubernetesApplier.builder().client(kube).build();
 *   applier.applyAndWait(objects);
 * }
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s;

import org.jspecify.annotations.NullMarked;
