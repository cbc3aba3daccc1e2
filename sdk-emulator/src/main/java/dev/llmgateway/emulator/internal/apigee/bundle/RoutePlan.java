package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.Condition;
import org.jspecify.annotations.Nullable;

/**
 * A route rule of a proxy endpoint; the first whose condition holds picks the target endpoint.
 *
 * @param name the rule name
 * @param condition when it applies ({@link Condition#ALWAYS} without one)
 * @param target the target endpoint's name, or null for a rule without target
 */
public record RoutePlan(String name, Condition condition, @Nullable String target) {}
