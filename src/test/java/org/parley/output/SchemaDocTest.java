package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDocTest {

  @Test
  void docsSchemaMdDocumentsExactlyTheColumnsTheCodeWrites() throws Exception {
    String onDisk = Files.readString(Path.of("docs/schema.md"), StandardCharsets.UTF_8);
    assertEquals(SchemaDoc.markdown(), onDisk,
        "docs/schema.md is out of date: run scripts/parley schema-doc and commit the result");
  }
}
