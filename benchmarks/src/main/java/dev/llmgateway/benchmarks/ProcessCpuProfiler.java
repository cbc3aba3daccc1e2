package dev.llmgateway.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * JMH profiler that reports the CPU time of the whole benchmark process per operation.
 *
 * <p>It reads {@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime()} before and after
 * each iteration, so the figure includes every thread of the forked JVM: the benchmark thread,
 * OkHttp's background threads, GC and JIT threads. Use it with {@code -prof
 * dev.llmgateway.benchmarks.ProcessCpuProfiler}. It reports:
 *
 * <ul>
 *   <li>{@code proc.cpu.norm}: process CPU nanoseconds per operation;
 *   <li>{@code proc.cpu.util}: process CPU time divided by wall time (1.0 = one core busy).
 * </ul>
 *
 * <p>Like JMH's GC profiler it divides by all operations of the iteration.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os;
  private long cpuBefore;
  private long wallBefore;

  /**
   * Creates the profiler; JMH calls this reflectively.
   *
   * @throws IllegalStateException if the JVM does not expose process CPU time
   */
  public ProcessCpuProfiler() {
    OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
    if (!(bean instanceof com.sun.management.OperatingSystemMXBean)) {
      throw new IllegalStateException("this JVM does not report process CPU time");
    }
    this.os = (com.sun.management.OperatingSystemMXBean) bean;
  }

  @Override
  public String getDescription() {
    return "Process CPU time per operation (all JVM threads)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    wallBefore = System.nanoTime();
    cpuBefore = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long wall = System.nanoTime() - wallBefore;
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    double perOp = ops == 0 ? Double.NaN : (double) cpu / ops;
    double util = wall == 0 ? Double.NaN : (double) cpu / wall;
    return List.of(
        new ScalarResult("proc.cpu.norm", perOp, "ns/op", AggregationPolicy.AVG),
        new ScalarResult("proc.cpu.util", util, "cores", AggregationPolicy.AVG));
  }
}
