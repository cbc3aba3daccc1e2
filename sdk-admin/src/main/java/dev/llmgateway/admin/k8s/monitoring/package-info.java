/**
 * Google Cloud Managed Service for Prometheus resources ({@code monitoring.googleapis.com/v1}):
 * {@link dev.llmgateway.admin.k8s.monitoring.PodMonitoring}. The CRD is not published with the
 * guide's sources, so the fields the {@code inferencepool} chart uses are modelled and all others
 * are kept.
 *
 * <pre>{@code
 * List<HasMetadata> chart = EndpointPickerSet.builder().releaseName("vllm-l4-gemma-3-1b-it")
 *     .putModelServerLabel("app", "vllm-l4-gemma-3-1b-it").gkeMonitoring(true).build().objects();
 * List<PodMonitoring> monitors = chart.stream().filter(PodMonitoring.class::isInstance)
 *     .map(PodMonitoring.class::cast).toList();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s.monitoring;

import org.jspecify.annotations.NullMarked;
