/**
 * Model servers like vLLM: simulated endpoints with vLLM's OpenAI-compatible shapes, a
 * deterministic tokenizer and output, latency on timers, a per-endpoint concurrency limit with a
 * waiting queue, a prefix cache, Prometheus metrics under vLLM's names and fault injection. Not
 * API.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.emulator.internal.serving;
