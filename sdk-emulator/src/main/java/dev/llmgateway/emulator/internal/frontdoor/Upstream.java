package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.serving.EndpointState;
import dev.llmgateway.emulator.internal.serving.ResponseSink;
import dev.llmgateway.emulator.internal.serving.ServingCall;

/**
 * Sends a routed call to the endpoint the Endpoint Picker chose, as Envoy sends it to {@code
 * x-gateway-destination-endpoint}. The emulator's model servers run in the same process, so the
 * call is handed over without another HTTP hop.
 */
@FunctionalInterface
public interface Upstream {

  /**
   * Forwards a call.
   *
   * @param endpoint the chosen endpoint
   * @param call the call, with {@code x-gateway-destination-endpoint} set
   * @param sink where the response goes
   */
  void forward(EndpointState endpoint, ServingCall call, ResponseSink sink);
}
