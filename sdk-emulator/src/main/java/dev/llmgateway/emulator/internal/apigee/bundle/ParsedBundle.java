package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An imported proxy bundle: what the management API reports about the revision, and either the plan
 * the emulator executes or why it cannot execute it.
 *
 * @param displayName the descriptor's display name, or null
 * @param description the descriptor's description, or null
 * @param basePaths the base paths of the proxy endpoints
 * @param policies the policy names
 * @param proxyEndpoints the proxy endpoint names
 * @param targetEndpoints the target endpoint names
 * @param resources the resource files as {@code type://name}
 * @param plan the executable plan, or null when {@code problems} is not empty
 * @param problems why the emulator cannot execute the bundle; reported at deployment
 * @param notices what the emulator executes differently from Apigee; logged at deployment
 */
public record ParsedBundle(
    @Nullable String displayName,
    @Nullable String description,
    List<String> basePaths,
    List<String> policies,
    List<String> proxyEndpoints,
    List<String> targetEndpoints,
    List<String> resources,
    @Nullable ProxyPlan plan,
    List<String> problems,
    List<String> notices) {}
