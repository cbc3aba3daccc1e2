package dev.llmgateway.client.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A tiny HTTP/1.1 server on loopback for the faults MockWebServer cannot express: dropping a reused
 * connection after reading a request, a line that never ends, holding a stream open until the
 * client closes it. One thread accepts and serves connections one at a time; {@link #close()} (call
 * it in {@code @AfterEach}) stops it. Every blocking read has a 5 s safety timeout, so a test that
 * fails cannot hang the build.
 */
final class RawServer implements AutoCloseable {
  private static final int SAFETY_TIMEOUT_MILLIS = 5_000;

  /** Serves one accepted connection; returning or throwing closes it. */
  @FunctionalInterface
  interface Handler {
    void serve(Connection connection) throws IOException;
  }

  /** One accepted connection. */
  static final class Connection {
    /** Zero-based number of this connection among those the server accepted. */
    final int index;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final AtomicInteger requests;

    Connection(int index, Socket socket, AtomicInteger requests) throws IOException {
      this.index = index;
      this.socket = socket;
      this.in = new BufferedInputStream(socket.getInputStream());
      this.out = socket.getOutputStream();
      this.requests = requests;
      socket.setSoTimeout(SAFETY_TIMEOUT_MILLIS);
    }

    /** Reads one whole request (head and Content-Length body); null if the client closed. */
    @Nullable String readRequest() throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head.write(b);
        matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String text = head.toString(StandardCharsets.ISO_8859_1);
      int length = 0;
      for (String line : text.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      byte[] body = in.readNBytes(length);
      requests.incrementAndGet();
      return text + new String(body, StandardCharsets.UTF_8);
    }

    /** Writes bytes and flushes them. */
    void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /** Writes UTF-8 text and flushes it. */
    void write(String text) throws IOException {
      write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers a request with a complete JSON response on a kept-alive connection. */
    void respondJson(String json) throws IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      write(
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\n\r\n");
      write(body);
    }

    /** Starts a chunked text/event-stream response and sends {@code events} as its first chunk. */
    void startEventStream(String events) throws IOException {
      write(
          "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
      byte[] bytes = events.getBytes(StandardCharsets.UTF_8);
      write(Integer.toHexString(bytes.length) + "\r\n");
      write(bytes);
      write("\r\n");
    }

    /**
     * Waits until the client closes the connection; returns true when it did, false if the
     * connection stayed open for the safety timeout.
     */
    boolean awaitClientClose() throws IOException {
      try {
        while (in.read() >= 0) {
          // discard whatever the client still sends
        }
        return true;
      } catch (SocketTimeoutException e) {
        return false;
      } catch (IOException e) {
        return true; // reset by the client counts as closed
      }
    }
  }

  private final ServerSocket server;
  private final Thread thread;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile @Nullable Socket current;

  RawServer(Handler handler) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.thread = new Thread(() -> serve(handler), "raw-server-" + server.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  private void serve(Handler handler) {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        current = socket;
        handler.serve(new Connection(accepted.getAndIncrement(), socket, requests));
      } catch (IOException | RuntimeException e) {
        // the connection or the server was closed; serve the next one, or stop
      } finally {
        current = null;
      }
    }
  }

  /** The base URL of the server, {@code http://127.0.0.1:PORT}. */
  String url() {
    return "http://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
  }

  /** Connections accepted so far. */
  int connections() {
    return accepted.get();
  }

  /** Whole requests read so far. */
  int requests() {
    return requests.get();
  }

  @Override
  public void close() throws Exception {
    server.close();
    Socket s = current;
    if (s != null) {
      s.close();
    }
    thread.join(SAFETY_TIMEOUT_MILLIS);
  }
}
