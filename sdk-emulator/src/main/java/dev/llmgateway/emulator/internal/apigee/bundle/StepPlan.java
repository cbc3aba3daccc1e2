package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.Condition;

/**
 * One step of a flow: the policy it runs and the condition under which it runs.
 *
 * @param policy the policy name
 * @param condition the parsed condition ({@link Condition#ALWAYS} without one)
 */
public record StepPlan(String policy, Condition condition) {}
