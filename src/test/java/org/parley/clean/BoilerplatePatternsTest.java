package org.parley.clean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplatePatternsTest {

  @Test
  void shippedPatternsLoad() {
    assertThat(BoilerplatePatterns.defaults().size(), greaterThan(30));
  }

  @Test
  void commentsAndBlankLinesAreIgnoredAndMatchingIsWholeLineIgnoringCase() {
    BoilerplatePatterns p = BoilerplatePatterns.parse("# header\n\n  source link  \n", "inline");
    assertEquals(1, p.size());
    assertTrue(p.matches("  SOURCE LINK "));
    assertFalse(p.matches("See the source link below for details."));
    assertFalse(p.matches("   "));
  }

  @Test
  void invalidPatternNamesItsLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BoilerplatePatterns.parse("ok\n# c\n(unclosed\n", "my.txt"));
    assertThat(e.getMessage(), containsString("my.txt line 3"));
  }

  @Test
  void loadsFromFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bp.txt");
    Files.writeString(f, "more on this story\n");
    assertTrue(BoilerplatePatterns.fromFile(f).matches("More on this story"));
  }
}
