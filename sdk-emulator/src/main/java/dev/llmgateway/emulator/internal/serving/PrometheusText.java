package dev.llmgateway.emulator.internal.serving;

/**
 * Builds the Prometheus text exposition format (version 0.0.4) the way Python's {@code
 * prometheus_client} writes it, which is what vLLM serves: {@code # HELP} and {@code # TYPE} lines,
 * then samples; values as Python floats ({@code 0.0}, {@code 12.0}).
 */
final class PrometheusText {
  /** The {@code Content-Type} of the format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final StringBuilder sb = new StringBuilder(4096);

  PrometheusText family(String name, String type, String help) {
    sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    return this;
  }

  PrometheusText sample(String name, String labels, double value) {
    sb.append(name).append('{').append(labels).append("} ").append(number(value)).append('\n');
    return this;
  }

  /** Returns a label value escaped for the format. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Formats a number like Python's {@code repr(float)} for the values vLLM exports. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v + ".0";
    }
    return Double.toString(v).replace('E', 'e');
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
