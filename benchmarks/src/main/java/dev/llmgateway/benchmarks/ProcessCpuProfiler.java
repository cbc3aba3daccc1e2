package dev.llmgateway.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * dev.llmgateway.benchmarks.ProcessCpuProfiler}. It reports, per iteration:
 *
 * <ul>
 *   <li>{@code proc.cpu.norm}: process CPU nanoseconds per operation;
 *   <li>{@code proc.cpu.util}: process CPU time divided by wall time (1.0 = one core busy);
 *   <li>{@code proc.cpu.java.norm}: the part spent in Java threads (benchmark, OkHttp, ...);
 *   <li>{@code proc.cpu.vm.norm}: the rest, spent in JVM threads (GC, JIT compiler, VM).
 * </ul>
 *
 * <p>With {@code -jvmArgsAppend -D}{@value #THREADS_PROPERTY}{@code =true} it also reports {@code
 * proc.cpu.thread:<name>} per group of Java threads (digits in names replaced by {@code #}), to
 * find which background thread spends CPU. Like JMH's GC profiler it divides by all operations of
 * the iteration; threads that end within an iteration are not counted in the Java part.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

  /** System property of the forked JVM that turns on the per-thread breakdown. */
  public static final String THREADS_PROPERTY = "llmgateway.bench.cpuThreads";

  private final com.sun.management.OperatingSystemMXBean os;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final boolean perThread = Boolean.getBoolean(THREADS_PROPERTY);
  private Map<Long, Long> threadCpuBefore = Map.of();
  private long cpuBefore;
  private long wallBefore;

  /**
   * Creates the profiler; JMH calls this reflectively.
   *
   * @throws IllegalStateException if the JVM does not expose process or thread CPU time
   */
  public ProcessCpuProfiler() {
    OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
    if (!(bean instanceof com.sun.management.OperatingSystemMXBean)
        || !threads.isThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM does not report process and thread CPU time");
    }
    this.os = (com.sun.management.OperatingSystemMXBean) bean;
    threads.setThreadCpuTimeEnabled(true);
  }

  @Override
  public String getDescription() {
    return "Process CPU time per operation (all JVM threads)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    threadCpuBefore = threadCpu();
    wallBefore = System.nanoTime();
    cpuBefore = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long wall = System.nanoTime() - wallBefore;
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    Map<String, Long> byGroup = new TreeMap<>();
    long java = 0;
    for (Map.Entry<Long, Long> e : threadCpu().entrySet()) {
      long delta = e.getValue() - threadCpuBefore.getOrDefault(e.getKey(), 0L);
      java += delta;
      if (perThread) {
        byGroup.merge(groupName(e.getKey()), delta, Long::sum);
      }
    }
    List<Result> results = new ArrayList<>();
    results.add(perOp("proc.cpu.norm", cpu, ops));
    results.add(
        new ScalarResult(
            "proc.cpu.util",
            wall == 0 ? Double.NaN : (double) cpu / wall,
            "cores",
            AggregationPolicy.AVG));
    results.add(perOp("proc.cpu.java.norm", java, ops));
    results.add(perOp("proc.cpu.vm.norm", cpu - java, ops));
    byGroup.forEach((name, nanos) -> results.add(perOp("proc.cpu.thread:" + name, nanos, ops)));
    return results;
  }

  private static ScalarResult perOp(String label, long nanos, long ops) {
    return new ScalarResult(
        label, ops == 0 ? Double.NaN : (double) nanos / ops, "ns/op", AggregationPolicy.AVG);
  }

  private Map<Long, Long> threadCpu() {
    long[] ids = threads.getAllThreadIds();
    Map<Long, Long> cpu = new HashMap<>(ids.length * 2);
    for (long id : ids) {
      long t = threads.getThreadCpuTime(id);
      if (t >= 0) {
        cpu.put(id, t);
      }
    }
    return cpu;
  }

  private String groupName(long id) {
    var info = threads.getThreadInfo(id);
    return info == null ? "(ended)" : info.getThreadName().replaceAll("[0-9]+", "#");
  }
}
