/**
 * The front door: the one HTTP port clients call, which routes by the applied HTTPRoutes, runs the
 * governance layer, asks the Endpoint Picker for an endpoint and forwards the call to it. Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.frontdoor;
