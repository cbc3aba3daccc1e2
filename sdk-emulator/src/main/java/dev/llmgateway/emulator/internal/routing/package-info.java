/**
 * The Endpoint Picker and the routing it serves: HTTPRoutes and InferencePools translated from the
 * cluster state, endpoint scoring by queue depth, KV-cache use and prefix affinity, priority from
 * InferenceObjectives, shedding under saturation, and the Endpoint Picker's plain-text answers. Not
 * API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.routing;
