package dev.llmgateway.emulator.internal.serving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The emulator's deterministic tokenizer. A token is an optional run of whitespace followed by one
 * of: a special marker {@code <|...|>} (at most 64 characters, no whitespace inside), a run of
 * letters and digits, or any other single character (a surrogate pair counts as one character);
 * whitespace at the very end is a token of its own. So {@code "Hello, world!"} is {@code "Hello"},
 * {@code ","}, {@code " world"}, {@code "!"}: four tokens, and the tokens of a text concatenate
 * back to it exactly. It is not a real model's tokenizer; counts are close to a BPE tokenizer's for
 * English prose. This class is thread-safe.
 */
public final class Tokenizer {
  private static final int MAX_MARKER = 64;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Tokenizer() {}

  /**
   * Counts the tokens of a text.
   *
   * @param text the text
   * @return the number of tokens
   */
  public static int count(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i = end(text, i)) {
      n++;
    }
    return n;
  }

  /**
   * Splits a text into its tokens.
   *
   * @param text the text
   * @return the tokens, which concatenate to {@code text}
   */
  public static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int e = end(text, i);
      out.add(text.substring(i, e));
      i = e;
    }
    return out;
  }

  /**
   * Counts the tokens of a text and hashes its full blocks of {@code blockSize} tokens, each hash
   * chained to the previous block's, like vLLM's prefix cache: two prompts share the first k hashes
   * exactly when they share their first k blocks.
   *
   * @param text the prompt
   * @param blockSize the tokens per block
   * @return the token count and the block hashes
   */
  public static PromptTokens blocks(CharSequence text, int blockSize) {
    long[] hashes = new long[8];
    int blocks = 0;
    int tokens = 0;
    long h = FNV_OFFSET;
    for (int i = 0; i < text.length(); ) {
      int e = end(text, i);
      for (int k = i; k < e; k++) {
        h = (h ^ text.charAt(k)) * FNV_PRIME;
      }
      h = (h ^ 0x1f) * FNV_PRIME; // token boundary
      tokens++;
      if (tokens % blockSize == 0) {
        if (blocks == hashes.length) {
          hashes = Arrays.copyOf(hashes, blocks * 2);
        }
        hashes[blocks++] = h;
      }
      i = e;
    }
    return new PromptTokens(tokens, Arrays.copyOf(hashes, blocks));
  }

  /** Returns the end (exclusive) of the token that starts at {@code start}. */
  static int end(CharSequence s, int start) {
    int n = s.length();
    int j = start;
    while (j < n && Character.isWhitespace(s.charAt(j))) {
      j++;
    }
    if (j == n) {
      return n;
    }
    char c = s.charAt(j);
    if (c == '<' && j + 1 < n && s.charAt(j + 1) == '|') {
      int limit = Math.min(n - 1, j + MAX_MARKER);
      for (int k = j + 2; k < limit; k++) {
        char m = s.charAt(k);
        if (Character.isWhitespace(m)) {
          break;
        }
        if (m == '|' && s.charAt(k + 1) == '>') {
          return k + 2;
        }
      }
    }
    if (Character.isLetterOrDigit(c)) {
      int k = j + 1;
      while (k < n && Character.isLetterOrDigit(s.charAt(k))) {
        k++;
      }
      return k;
    }
    if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
      return j + 2;
    }
    return j + 1;
  }

  /**
   * A prompt's token count and the chained hashes of its full blocks.
   *
   * @param tokens the number of tokens
   * @param blockHashes one hash per full block, in order
   */
  public record PromptTokens(int tokens, long[] blockHashes) {}
}
