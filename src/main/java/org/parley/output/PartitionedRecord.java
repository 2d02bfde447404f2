package org.parley.output;

import java.io.Serializable;
import org.parley.model.ArticleRecord;
import org.parley.model.Event;
import org.parley.model.Failure;

/** A row of one of the three tables, travelling to the writer of its partition. */
public record PartitionedRecord(Event event, ArticleRecord article, Failure failure)
    implements Serializable {

  static PartitionedRecord of(Event e) {
    return new PartitionedRecord(e, null, null);
  }

  static PartitionedRecord of(ArticleRecord a) {
    return new PartitionedRecord(null, a, null);
  }

  static PartitionedRecord of(Failure f) {
    return new PartitionedRecord(null, null, f);
  }
}
