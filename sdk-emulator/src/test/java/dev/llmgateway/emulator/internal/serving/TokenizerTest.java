package dev.llmgateway.emulator.internal.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void pieces_wordsPunctuationAndSpaces_splitAndConcatenateBack() {
    String text = "Hello, world! It's 2026.  ";

    List<String> pieces = Tokenizer.pieces(text);

    assertEquals(List.of("Hello", ",", " world", "!", " It", "'", "s", " 2026", ".", "  "), pieces);
    assertEquals(text, String.join("", pieces));
    assertEquals(pieces.size(), Tokenizer.count(text));
  }

  @Test
  void pieces_specialMarkersAndSurrogates_countAsOneTokenEach() {
    assertEquals(
        List.of("<|im_start|>", "user", "\nhi", "<|im_end|>"),
        Tokenizer.pieces("<|im_start|>user\nhi<|im_end|>"));
    assertEquals(List.of("a", " \uD83D\uDE00"), Tokenizer.pieces("a \uD83D\uDE00"));
    assertEquals(List.of("<", "|", "not", " closed"), Tokenizer.pieces("<|not closed"));
  }

  @Test
  void blocks_sharedPrefix_sharesLeadingHashesOnly() {
    String common = "w ".repeat(32); // 32 tokens: two blocks of 16
    Tokenizer.PromptTokens a = Tokenizer.blocks(common + "tail one", 16);
    Tokenizer.PromptTokens b = Tokenizer.blocks(common + "tail two", 16);
    Tokenizer.PromptTokens c = Tokenizer.blocks("x " + common, 16);

    assertEquals(34, a.tokens());
    assertEquals(2, a.blockHashes().length);
    assertArrayEquals(a.blockHashes(), b.blockHashes());
    assertNotEquals(a.blockHashes()[0], c.blockHashes()[0]);
  }
}
