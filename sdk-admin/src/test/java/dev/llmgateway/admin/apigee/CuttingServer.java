package dev.llmgateway.admin.apigee;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw HTTP/1.1 server on loopback that reads each request whole (headers and body), then follows
 * its script: answer with keep-alive, or cut the connection without a response. With it a
 * connection that OkHttp took from its pool is cut after the server read the body, the fault behind
 * silent re-sends. Requests beyond the script are cut.
 */
final class CuttingServer implements AutoCloseable {

  private final ServerSocket listener;
  private final Thread acceptor;
  private final ConcurrentLinkedQueue<String> script = new ConcurrentLinkedQueue<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> handlers = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  CuttingServer() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "cutting-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:1234/}. */
  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/";
  }

  /** Answers the next request with 200 and this JSON body, keeping the connection open. */
  CuttingServer respond(String json) {
    script.add(json);
    return this;
  }

  /** Requests received, as {@code METHOD target}, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** How many connections were opened. */
  int connections() {
    return sockets.size();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = listener.accept();
        sockets.add(s);
        Thread t = new Thread(() -> serve(s), "cutting-server-conn");
        t.setDaemon(true);
        handlers.add(t);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        int length = 0;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
          if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(h.substring("content-length:".length()).trim());
          }
        }
        in.readNBytes(length);
        String[] parts = requestLine.split(" ");
        requests.add(parts[0] + " " + parts[1]);
        String body = script.poll();
        if (body == null) {
          return; // cut: close without answering, after the whole request was read
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != -1; c = in.read()) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.US_ASCII);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    listener.close();
    for (Socket s : sockets) {
      s.close();
    }
    List<Thread> all = new ArrayList<>(handlers);
    all.add(acceptor);
    try {
      for (Thread t : all) {
        t.join(5_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
