/** Implementation details of the client (error); not part of the public API and may change. */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.client.internal.error;
