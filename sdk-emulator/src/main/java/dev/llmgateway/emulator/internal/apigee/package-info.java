/**
 * The emulated Apigee: {@link dev.llmgateway.emulator.internal.apigee.ApigeeEmulator} wires the
 * management API, the in-memory store and the runtime. Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.apigee;
