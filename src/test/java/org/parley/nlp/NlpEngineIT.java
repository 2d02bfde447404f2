package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks what the NLP engine gives the coder for text the parser handles badly as written. */
class NlpEngineIT {

  @Test
  void bracketsParseAsAnAppositionAndKeepTheirText() throws Exception {
    String text = "The Union of Farmers (UOF), the umbrella body for small farmers, announced on Thursday"
        + " that it had ended the protest.";
    NlpEngine engine = EnginePool.acquire(EnginePool.defaultSize(), 120);
    try {
      List<ParsedSentence> sentences = engine.annotate(text);
      assertEquals(1, sentences.size());
      ParsedSentence s = sentences.get(0);
      assertEquals(text, s.text());
      Token root = s.tokens().stream().filter(t -> t.head() < 0).findFirst().orElseThrow();
      assertEquals("announced", root.text(), "the sentence's verb is its root, not the bracket");
      Token open = s.tokens().stream().filter(t -> t.begin() == text.indexOf('(')).findFirst().orElseThrow();
      assertEquals("(", open.text());
    } finally {
      EnginePool.release(engine);
    }
  }

  @Test
  void maskingKeepsEveryOffset() {
    String text = "a (b) [c] d";
    String masked = NlpEngine.maskBrackets(text);
    assertEquals(text.length(), masked.length());
    assertEquals("a ,b, [c] d", masked);
  }
}
