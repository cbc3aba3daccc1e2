/**
 * The Kubernetes half of the admin SDK: the guide's cluster objects as one list ({@link
 * dev.llmgateway.admin.k8s.GuideResources}), the {@code inferencepool} chart's objects ({@link
 * dev.llmgateway.admin.k8s.EndpointPickerSet}), YAML rendering ({@link
 * dev.llmgateway.admin.k8s.Manifests}) and server-side apply, waits and deletes against a cluster
 * ({@link dev.llmgateway.admin.k8s.KubernetesApplier}).
 *
 * <p>The typed resources live in the subpackages {@code inference}, {@code gke}, {@code apim},
 * {@code monitoring} and {@code gateway}.
 */
@NullMarked
package dev.llmgateway.admin.k8s;

import org.jspecify.annotations.NullMarked;
