/**
 * Google Cloud Managed Service for Prometheus resources ({@code monitoring.googleapis.com/v1}):
 * {@link dev.llmgateway.admin.k8s.monitoring.PodMonitoring}. The CRD is not published with the
 * guide's sources, so the fields the {@code inferencepool} chart uses are modelled and all others
 * are kept.
 */
@NullMarked
package dev.llmgateway.admin.k8s.monitoring;

import org.jspecify.annotations.NullMarked;
