/**
 * The in-memory state of the emulated Apigee organizations (developers, apps, keys, products,
 * proxies, deployments) and the snapshot the runtime reads. Not API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.apigee.store;
