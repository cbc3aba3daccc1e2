/**
 * Reading proxy bundles: zip and XML parsing with limits, and the executable plan of the policies
 * the emulator supports. Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.apigee.bundle;
