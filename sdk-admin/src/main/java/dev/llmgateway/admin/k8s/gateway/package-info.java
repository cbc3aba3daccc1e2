/**
 * Gateway API objects in the shapes the guide uses, built with Fabric8's {@code
 * kubernetes-model-gatewayapi} classes: {@link dev.llmgateway.admin.k8s.gateway.InferenceGateways}.
 */
@NullMarked
package dev.llmgateway.admin.k8s.gateway;

import org.jspecify.annotations.NullMarked;
