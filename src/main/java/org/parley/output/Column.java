package org.parley.output;

import java.io.Serializable;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * One column of an output table: its name, type, whether it may be empty, how to read it from a
 * record, and the sentence that documents it.
 */
public record Column<T>(
    String name, Type type, boolean nullable, SerializableFunction<T, Object> getter, String description)
    implements Serializable {

  /** Column types; CSV writes them as text, Parquet with the matching physical and logical type. */
  public enum Type {
    STRING,
    DATE,
    INT,
    DOUBLE,
    BOOLEAN
  }

  /** The value of this column for a record (a String for DATE columns, yyyy-MM-dd). */
  public Object value(T record) {
    return getter.apply(record);
  }
}
