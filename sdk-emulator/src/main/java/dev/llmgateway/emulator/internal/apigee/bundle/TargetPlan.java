package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.List;

/**
 * A TargetEndpoint as the emulator runs it. The emulator does not call its URL: the request goes on
 * to the Gateway's backend, as behind the traffic extension. Its PreFlow and PostFlow run after the
 * proxy endpoint's request flows and before its response flows; the EventFlow's steps run on the
 * event of a streamed answer that carries {@code usage}.
 *
 * @param name the endpoint name
 * @param url the URL of its HTTPTargetConnection
 * @param preFlow the PreFlow
 * @param postFlow the PostFlow
 * @param eventFlow the response steps of its EventFlow
 */
public record TargetPlan(
    String name, String url, FlowPlan preFlow, FlowPlan postFlow, List<StepPlan> eventFlow) {

  /**
   * Returns what the emulator does differently from Apigee with this endpoint.
   *
   * @return the notice
   */
  public String notice() {
    return "TargetEndpoint '"
        + name
        + "' is not called: the emulator sends requests on to the Gateway's backend (as behind the"
        + " traffic extension) instead of "
        + url
        + "; its flows and EventFlow run";
  }
}
