/**
 * Internal JSON support shared by the wire models and the HTTP runtime: the single configured
 * mapper and small helpers. Not part of the public API; may change without notice.
 */
@NullMarked
package dev.llmgateway.client.internal.json;

import org.jspecify.annotations.NullMarked;
