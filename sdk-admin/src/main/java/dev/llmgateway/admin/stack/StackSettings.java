package dev.llmgateway.admin.stack;

import dev.llmgateway.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the stack runs, as set on {@link InferenceGatewayStack.Builder}.
 *
 * @param fieldManager the server-side apply field manager
 * @param forceConflicts whether apply takes over fields of other managers
 * @param clusterTimeout the wait for one cluster object (ready or deleted)
 * @param infrastructureTimeout the wait for a Gateway or ApigeeBackendService
 * @param apigeeTimeout the wait for the operator's API product and for a proxy deployment
 * @param smokeTest whether apply ends with the smoke test
 * @param smokeTestTimeout how long the smoke test retries until Apigee accepts the key
 * @param smokeTestInterval the wait between its attempts
 * @param gatewayUrl the gateway's base URL, or null to read it from the Gateway's address
 * @param listener receives progress
 * @param clock the clock of deadlines
 * @param sleeper waits between polls and retries
 */
record StackSettings(
    String fieldManager,
    boolean forceConflicts,
    Duration clusterTimeout,
    Duration infrastructureTimeout,
    Duration apigeeTimeout,
    boolean smokeTest,
    Duration smokeTestTimeout,
    Duration smokeTestInterval,
    @Nullable String gatewayUrl,
    StackListener listener,
    Clock clock,
    Sleeper sleeper) {}
