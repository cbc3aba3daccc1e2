/**
 * Gateway API objects in the shapes the guide uses, built with Fabric8's {@code
 * kubernetes-model-gatewayapi} classes: {@link dev.llmgateway.admin.k8s.gateway.InferenceGateways}.
 *
 * <pre>{@code
 * Gateway gateway = InferenceGateways.gateway("inference-gateway", "ira-online-gpu");
 * HTTPRoute route = InferenceGateways.routeToPool(
 *     "llm-route", "ira-online-gpu", "inference-gateway", "vllm-l4-gemma-3-1b-it");
 * }</pre>
 */
@NullMarked
package dev.llmgateway.admin.k8s.gateway;

import org.jspecify.annotations.NullMarked;
