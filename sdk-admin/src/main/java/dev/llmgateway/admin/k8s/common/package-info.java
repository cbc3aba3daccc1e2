/**
 * Value types shared by the custom resources of the gateway: object references, the status that
 * controllers write back, and the metadata part of their builders.
 *
 * <pre>{@code
 * ObjectRef gateway = ObjectRef.of("gateway.networking.k8s.io", "Gateway", "inference-gateway");
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s.common;

import org.jspecify.annotations.NullMarked;
