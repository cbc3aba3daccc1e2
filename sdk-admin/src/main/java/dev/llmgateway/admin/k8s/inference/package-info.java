/**
 * Gateway API Inference Extension resources: {@link
 * dev.llmgateway.admin.k8s.inference.InferencePool} ({@code inference.networking.k8s.io/v1}) and
 * {@link dev.llmgateway.admin.k8s.inference.InferenceObjective} ({@code
 * inference.networking.x-k8s.io/v1alpha2}), each with a validated builder.
 *
 * <pre>{@code
 * InferencePool pool = InferencePool.builder()
 *     .name("vllm-l4-gemma-3-1b-it").namespace("ira-online-gpu")
 *     .targetPort(8000).putSelectorLabel("app", "vllm-l4-gemma-3-1b-it")
 *     .endpointPicker("vllm-l4-gemma-3-1b-it-epp", 9002)
 *     .build();
 * InferenceObjective objective = InferenceObjective.builder()
 *     .name("food-review").namespace("ira-online-gpu").priority(1).poolName(pool.getMetadata().getName())
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s.inference;

import org.jspecify.annotations.NullMarked;
