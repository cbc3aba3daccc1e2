package dev.llmgateway.emulator.internal.apigee;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what a {@code System.Logger} writes through the JDK's default backend
 * (java.util.logging), from FINEST up, until closed.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final Level before;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private LogCapture(String name) {
    logger = Logger.getLogger(name);
    before = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /**
   * Starts recording a logger.
   *
   * @param name the logger name
   * @return the capture
   */
  public static LogCapture of(String name) {
    return new LogCapture(name);
  }

  /**
   * Returns the lines recorded, each {@code LEVEL message}.
   *
   * @return the lines
   */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public void publish(LogRecord r) {
    lines.add(r.getLevel() + " " + r.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(before);
  }
}
