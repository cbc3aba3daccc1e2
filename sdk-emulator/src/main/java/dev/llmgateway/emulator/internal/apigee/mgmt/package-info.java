/**
 * The Apigee management API over HTTP, on Vert.x Web, with {@code google.rpc.Status} errors. Not
 * API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.apigee.mgmt;
