/**
 * Gateway API Inference Extension resources: {@link
 * dev.llmgateway.admin.k8s.inference.InferencePool} ({@code inference.networking.k8s.io/v1}) and
 * {@link dev.llmgateway.admin.k8s.inference.InferenceObjective} ({@code
 * inference.networking.x-k8s.io/v1alpha2}), each with a validated builder.
 */
@NullMarked
package dev.llmgateway.admin.k8s.inference;

import org.jspecify.annotations.NullMarked;
