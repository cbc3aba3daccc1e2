/**
 * The SDK's one set of argument checks, shared by sdk-client, sdk-admin and sdk-emulator. Not part
 * of the public API; exported only to the SDK's own modules.
 */
@NullMarked
package dev.llmgateway.client.internal.check;

import org.jspecify.annotations.NullMarked;
