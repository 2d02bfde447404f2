package org.parley.output;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** An output table: its name, ordered columns and the order of rows inside a file. */
public final class TableSpec<T> implements Serializable {

  private final String name;
  private final String description;
  private final List<Column<T>> columns;
  private final SerializableComparator<T> order;

  /** A comparator that can travel with the pipeline. */
  public interface SerializableComparator<T> extends Comparator<T>, Serializable {}

  TableSpec(String name, String description, List<Column<T>> columns, SerializableComparator<T> order) {
    this.name = name;
    this.description = description;
    this.columns = List.copyOf(columns);
    this.order = order;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<Column<T>> columns() {
    return columns;
  }

  /** Row order inside each file, total so that output is byte-identical across runs. */
  public Comparator<T> order() {
    return order;
  }

  /** The Avro schema that Parquet files of this table are written with. */
  public Schema avroSchema() {
    SchemaBuilder.FieldAssembler<Schema> fields =
        SchemaBuilder.record(name).namespace("org.parley.tables").fields();
    for (Column<T> c : columns) {
      Schema type = switch (c.type()) {
        case STRING -> Schema.create(Schema.Type.STRING);
        case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
        case INT -> Schema.create(Schema.Type.INT);
        case DOUBLE -> Schema.create(Schema.Type.DOUBLE);
        case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
      };
      if (c.nullable()) {
        type = Schema.createUnion(Schema.create(Schema.Type.NULL), type);
        fields = fields.name(c.name()).doc(c.description()).type(type).withDefault(null);
      } else {
        fields = fields.name(c.name()).doc(c.description()).type(type).noDefault();
      }
    }
    return fields.endRecord();
  }
}
