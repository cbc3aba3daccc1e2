/**
 * Apigee conditions, message templates and path patterns, evaluated against flow variables. Not
 * API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.apigee.condition;
