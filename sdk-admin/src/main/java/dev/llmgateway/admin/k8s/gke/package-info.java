/**
 * GKE Gateway resources of group {@code networking.gke.io/v1}: {@link
 * dev.llmgateway.admin.k8s.gke.GcpTrafficExtension}, {@link
 * dev.llmgateway.admin.k8s.gke.GcpBackendPolicy} and {@link
 * dev.llmgateway.admin.k8s.gke.HealthCheckPolicy}, each with a builder that enforces the CRD's
 * schema and CEL rules before anything is sent.
 *
 * <pre>{@code
 * GcpTrafficExtension extension = GcpTrafficExtension.builder()
 *     .name("demo-apigee-extension").namespace("ira-online-gpu")
 *     .targetGateway("inference-gateway")
 *     .addExtensionChain(chain)          // an ExtensionChain calling the ApigeeBackendService
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s.gke;

import org.jspecify.annotations.NullMarked;
