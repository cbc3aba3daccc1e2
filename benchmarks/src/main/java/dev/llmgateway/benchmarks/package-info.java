/**
 * JMH benchmarks that compare sdk-client with {@code com.openai:openai-java} and raw OkHttp calls
 * against one local nginx server that serves fixed vLLM-shaped bodies.
 *
 * <p>Run them with {@code benchmarks/run.sh}; it starts nginx, builds this module, runs JMH with
 * the GC profiler and {@link dev.llmgateway.benchmarks.ProcessCpuProfiler}, and prints the ratios
 * against openai-java. The scenarios are a non-streaming chat completion ({@code chatCompletion})
 * and a 200-chunk SSE stream ({@code chatStream}).
 */
@NullMarked
package dev.llmgateway.benchmarks;

import org.jspecify.annotations.NullMarked;
