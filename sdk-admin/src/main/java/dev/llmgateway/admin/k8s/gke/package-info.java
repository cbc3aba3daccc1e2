/**
 * GKE Gateway resources of group {@code networking.gke.io/v1}: {@link
 * dev.llmgateway.admin.k8s.gke.GcpTrafficExtension}, {@link
 * dev.llmgateway.admin.k8s.gke.GcpBackendPolicy} and {@link
 * dev.llmgateway.admin.k8s.gke.HealthCheckPolicy}, each with a builder that enforces the CRD's
 * schema and CEL rules before anything is sent.
 */
@NullMarked
package dev.llmgateway.admin.k8s.gke;

import org.jspecify.annotations.NullMarked;
