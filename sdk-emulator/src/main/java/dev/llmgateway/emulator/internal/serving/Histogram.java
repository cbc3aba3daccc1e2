package dev.llmgateway.emulator.internal.serving;

/** A Prometheus histogram with fixed upper bounds. This class is thread-safe. */
final class Histogram {
  private final double[] bounds;
  private final long[] counts;
  private long count;
  private double sum;

  Histogram(double... bounds) {
    this.bounds = bounds.clone();
    this.counts = new long[bounds.length];
  }

  synchronized void observe(double value) {
    for (int i = 0; i < bounds.length; i++) {
      if (value <= bounds[i]) {
        counts[i]++;
        break;
      }
    }
    count++;
    sum += value;
  }

  /** Appends the {@code _bucket}, {@code _count} and {@code _sum} samples. */
  synchronized void render(PrometheusText out, String name, String labels) {
    long cumulative = 0;
    for (int i = 0; i < bounds.length; i++) {
      cumulative += counts[i];
      out.sample(
          name + "_bucket",
          labels + ",le=\"" + PrometheusText.number(bounds[i]) + "\"",
          cumulative);
    }
    out.sample(name + "_bucket", labels + ",le=\"+Inf\"", count);
    out.sample(name + "_count", labels, count);
    out.sample(name + "_sum", labels, sum);
  }
}
