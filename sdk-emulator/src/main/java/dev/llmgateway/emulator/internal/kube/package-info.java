/**
 * The emulator's Kubernetes API: Fabric8's CRUD mock dispatcher served on Vert.x, extended with
 * server-side apply (field managers, conflicts, managed fields), status subresources, validation of
 * what the CRDs would reject, watches with resource versions, discovery for kubectl, and the status
 * GKE's and Apigee's controllers would write. {@link dev.llmgateway.emulator.internal.kube.KubeApi}
 * is the entry point. Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.kube;
