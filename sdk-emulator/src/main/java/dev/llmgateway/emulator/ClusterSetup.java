package dev.llmgateway.emulator;

/**
 * What the emulator's Kubernetes API holds when {@link GatewayEmulator.Builder#start()} returns,
 * beside the model-server Pods, which exist in every setup. Objects are applied with sdk-admin's
 * {@code KubernetesApplier} under its default field manager, so you may re-apply or delete them as
 * your own.
 */
public enum ClusterSetup {

  /**
   * Nothing applied: no Gateway, no route, so every call gets the load balancer's 404 until you
   * apply the guide's objects (for example with {@code KubernetesApplier} on {@link
   * GatewayEmulator#kubernetesClient()}).
   */
  EMPTY,

  /**
   * The serving path only (the default): per model an InferencePool selecting its replicas, the
   * Gateway {@code inference-gateway}, the HTTPRoute {@code llm-route} to every pool and the
   * builder's InferenceObjectives. No Apigee objects, so calls need no key and count against no
   * quota.
   */
  SERVING,

  /**
   * The setup guide's objects with {@code GuideResources}' defaults (the first model's pool is the
   * model-server label): Endpoint Picker, InferenceObjective {@code food-review}, Gateway,
   * HTTPRoute, ApigeeBackendService, GCPTrafficExtension, APIProduct {@code api-inf-gw-product} and
   * its APIOperationSet (quota per minute as set on the builder, default 100), with the status
   * GKE's and Apigee's controllers write; then the developer {@value
   * GatewayEmulator#GUIDE_DEVELOPER} and app {@value GatewayEmulator#GUIDE_APP} subscribed to the
   * product. {@link GatewayEmulator#guideApiKey()} returns the app's key, and {@link
   * GatewayEmulator#gatewayClient()} sends it.
   */
  GUIDE
}
