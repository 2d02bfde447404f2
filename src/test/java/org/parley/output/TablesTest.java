package org.parley.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class TablesTest {

  @Test
  void unknownPublicationDatesGoToTheHiveNullPartition() {
    assertEquals("__HIVE_DEFAULT_PARTITION__", Tables.partition(null));
    assertEquals("2024-03-05", Tables.partition("2024-03-05"));
  }

  @Test
  void eventsTableHasEveryColumnTheSpecificationNamesInItsOrder() {
    List<String> required = List.of("event_id", "article_id", "publication_date", "event_date",
        "event_date_basis", "sentence_index", "source_text", "source_code", "source_country",
        "source_sector", "action_text", "cameo_code", "cameo_root", "quad_class", "goldstein",
        "target_text", "target_code", "target_country", "target_sector", "negated", "confidence",
        "sentence_text", "url", "source_name");
    List<String> names = Tables.EVENTS.columns().stream().map(Column::name).toList();
    assertEquals(required, names.subList(0, required.size()));
  }

  @Test
  void parquetSchemaCarriesDateLogicalTypesAndNoDuplicateColumns() {
    for (TableSpec<?> table : List.of(Tables.EVENTS, Tables.ARTICLES, Tables.FAILURES)) {
      Set<String> seen = new HashSet<>();
      for (Column<?> c : table.columns()) {
        assertTrue(seen.add(c.name()), table.name() + "." + c.name() + " twice");
      }
      Schema schema = table.avroSchema();
      Schema pub = schema.getField("publication_date").schema().getTypes().get(1);
      assertEquals(LogicalTypes.date(), pub.getLogicalType());
    }
  }
}
