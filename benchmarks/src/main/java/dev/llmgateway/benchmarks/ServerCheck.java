package dev.llmgateway.benchmarks;

import java.io.IOException;
import okhttp3.Response;

/** Sanity checks that make a benchmark fail fast when the server does not serve the fixtures. */
final class ServerCheck {

  private ServerCheck() {}

  static void expectOk(Response response) throws IOException {
    if (response.code() != 200) {
      throw new IOException(
          "HTTP "
              + response.code()
              + " from "
              + response.request().url()
              + ": is nginx from benchmarks/run.sh running?");
    }
  }

  static void expectLength(long actual, long expected) {
    if (actual != expected) {
      throw new IllegalStateException(
          "server returned " + actual + " bytes, expected the " + expected + " of VllmBodies");
    }
  }

  static void expectAnswer(String content) {
    if (!content.equals(VllmBodies.answer())) {
      throw new IllegalStateException("unexpected chat completion content: " + content);
    }
  }

  static void expectStreamText(long chars) {
    if (chars != VllmBodies.streamTextLength()) {
      throw new IllegalStateException(
          "stream delivered "
              + chars
              + " characters of text, expected "
              + VllmBodies.streamTextLength());
    }
  }
}
