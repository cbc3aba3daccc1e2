package dev.llmgateway.client.errors;

/** The layer of the gateway that produced an error. */
public enum ErrorSource {
  /** Apigee (API key verification, quotas, spike arrest, proxy faults). */
  APIGEE,
  /** The GKE Inference Gateway: Envoy or the Endpoint Picker (routing, load shedding). */
  GATEWAY,
  /** The model server (vLLM) behind the gateway. */
  MODEL_SERVER,
  /** This client: connection failures, timeouts, malformed or truncated responses. */
  CLIENT
}
