package dev.llmgateway.client.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SseReaderTest {

  /** A source that hands out at most {@code step} bytes per read, to split lines and characters. */
  private static Source trickle(byte[] bytes, int step) {
    return new Source() {
      private int pos;

      @Override
      public long read(Buffer sink, long byteCount) {
        if (pos >= bytes.length) {
          return -1;
        }
        int n = (int) Math.min(Math.min(step, byteCount), bytes.length - pos);
        sink.write(bytes, pos, n);
        pos += n;
        return n;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {}
    };
  }

  private static List<String> events(String text, int step) throws IOException {
    BufferedSource source = Okio.buffer(trickle(text.getBytes(StandardCharsets.UTF_8), step));
    SseReader reader = new SseReader(source, 1 << 20);
    List<String> out = new ArrayList<>();
    SseEvent e;
    while ((e = reader.next()) != null) {
      out.add((e.type() == null ? "" : e.type() + "|") + e.data().readUtf8());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void next_anyLineEnding_dispatchesEventsAtBlankLines(String eol) throws IOException {
    String text = "data: one" + eol + eol + "data: two" + eol + eol;
    assertEquals(List.of("one", "two"), events(text, 1));
    assertEquals(List.of("one", "two"), events(text, 1000));
  }

  @Test
  void next_mixedLineEndings_parsesEachLine() throws IOException {
    String text = "data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\r";
    assertEquals(List.of("a\nb\nc", "d"), events(text, 1));
  }

  @Test
  void next_multiLineData_joinsWithLineFeed() throws IOException {
    assertEquals(List.of("{\n\"a\":1\n}"), events("data: {\ndata: \"a\":1\ndata: }\n\n", 3));
  }

  @Test
  void next_commentsAndUnknownFields_areIgnored() throws IOException {
    String text = ": keep-alive\n\nretry: 100\nfoo: bar\ndata: x\n: inside\n\n";
    assertEquals(List.of("x"), events(text, 2));
  }

  @Test
  void next_eventAndIdFields_areExposed() throws IOException {
    BufferedSource source =
        Okio.buffer(trickle("id: 7\nevent: error\ndata: boom\n\ndata: next\n\n".getBytes(), 1));
    SseReader reader = new SseReader(source, 1024);
    SseEvent first = reader.next();
    assertEquals("error", first.type());
    assertEquals("7", first.id());
    assertEquals("boom", first.data().readUtf8());
    SseEvent second = reader.next();
    assertNull(second.type(), "event type resets after dispatch");
    assertEquals("7", second.id(), "last event id persists");
  }

  @Test
  void next_onlyOneOptionalSpaceAfterColon_isRemoved() throws IOException {
    assertEquals(List.of("x", " y", "z"), events("data:x\n\ndata:  y\n\ndata: z\n\n", 1));
  }

  @Test
  void next_dataFieldWithoutColon_isEmptyLine() throws IOException {
    assertEquals(List.of("\na"), events("data\ndata: a\n\n", 1));
  }

  @Test
  void next_blankLineWithoutData_dispatchesNothing() throws IOException {
    assertEquals(List.of("a"), events("\n\nevent: x\n\ndata: a\n\n", 1));
  }

  @Test
  void next_utf8SplitAcrossReads_isReassembled() throws IOException {
    String text = "data: {\"content\":\"héllo 世界 🙂\"}\n\n";
    for (int step = 1; step <= 5; step++) {
      assertEquals(List.of("{\"content\":\"héllo 世界 🙂\"}"), events(text, step));
    }
  }

  @Test
  void next_longLine_isReadWhole() throws IOException {
    String big = "x".repeat(200_000);
    assertEquals(List.of(big), events("data: " + big + "\n\n", 8191));
  }

  @Test
  void next_unterminatedEventAtEof_isDropped() throws IOException {
    assertEquals(List.of("a"), events("data: a\n\ndata: partial\n", 1));
    assertEquals(List.of(), events("data: partial", 1));
  }

  @Test
  void next_eventLargerThanLimit_fails() {
    BufferedSource source =
        Okio.buffer(trickle(("data: " + "y".repeat(100) + "\n\n").getBytes(), 7));
    SseReader reader = new SseReader(source, 50);
    assertThrows(IOException.class, reader::next);
  }

  @Test
  void next_lineThatNeverEnds_failsOnceTheLimitIsBufferedNotAtItsEnd() {
    long[] produced = {0};
    Source endless =
        new Source() {
          @Override
          public long read(Buffer sink, long byteCount) {
            long n = Math.min(byteCount, 4096);
            for (long i = 0; i < n; i++) {
              sink.writeByte(produced[0]++ == 0 ? ':' : 'x');
            }
            return n;
          }

          @Override
          public Timeout timeout() {
            return Timeout.NONE;
          }

          @Override
          public void close() {}
        };
    SseReader reader = new SseReader(Okio.buffer(endless), 1024);

    assertThrows(SseReader.EventTooLargeException.class, reader::next);
    assertTrue(produced[0] < 64 * 1024, "read " + produced[0] + " bytes");
  }

  @Test
  void next_leadingByteOrderMark_isSkippedOnce() throws IOException {
    assertEquals(List.of("a", "\uFEFFb"), events("\uFEFFdata: a\n\ndata: \uFEFFb\n\n", 1));
  }
}
