package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.List;

/**
 * A ProxyEndpoint as the emulator runs it: the request runs PreFlow, the first conditional flow
 * whose condition holds, then PostFlow; the response runs the same flows' response steps in the
 * same order; the PostClientFlow runs after the response.
 *
 * @param name the endpoint name
 * @param basePath the base path of its HTTPProxyConnection
 * @param preFlow the PreFlow
 * @param flows the conditional flows, in order
 * @param postFlow the PostFlow
 * @param postClientFlow the response steps of the PostClientFlow
 * @param routes the route rules, in order
 */
public record EndpointPlan(
    String name,
    String basePath,
    FlowPlan preFlow,
    List<FlowPlan> flows,
    FlowPlan postFlow,
    List<StepPlan> postClientFlow,
    List<RoutePlan> routes) {}
