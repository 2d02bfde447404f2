package org.parley.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.parley.model.ArticleRecord;
import org.parley.model.Event;
import org.parley.model.Failure;

/**
 * Writes the events, articles and failures tables, partitioned by publication date, as CSV and
 * Parquet into a staging folder; {@link PartitionCommitter} then swaps them into place.
 *
 * <p>Every partition that any table touches gets a file for every table (empty where it has no rows),
 * so that committing a partition replaces all of a day's data at once. Rows are sorted inside each
 * file, so the same input gives byte-identical files on any runner. Rows reach their partition's
 * writer through spill files in the staging folder rather than through the shuffle, which keeps a
 * single large day (a nightly run puts every row into one partition) linear in its size.
 */
public final class WriteTables extends PTransform<PCollectionList<PartitionedRecord>, PCollection<String>> {

  /** Folder inside the staging folder that holds rows on their way to their partition's writer. */
  static final String SPILL_DIR = "_spill";

  private final String stagingDir;
  private final String onlyPartition;

  private WriteTables(String stagingDir, String onlyPartition) {
    this.stagingDir = stagingDir;
    this.onlyPartition = onlyPartition;
  }

  /** Writes into the given staging folder (a local path or any Beam filesystem URI). */
  public static WriteTables to(String stagingDir) {
    return new WriteTables(stagingDir, null);
  }

  /**
   * Writes every row into one partition (an archive day), and writes that partition even when there
   * are no rows, so that a nightly run always replaces its day.
   */
  public WriteTables intoPartition(String partition) {
    return new WriteTables(stagingDir, partition);
  }

  /** Wraps events for {@link WriteTables}. */
  public static PCollection<PartitionedRecord> events(PCollection<Event> events) {
    return events.apply("WrapEvents", MapElements.into(TypeDescriptor.of(PartitionedRecord.class))
        .via(PartitionedRecord::of)).setCoder(SerializableCoder.of(PartitionedRecord.class));
  }

  /** Wraps article records for {@link WriteTables}. */
  public static PCollection<PartitionedRecord> articles(PCollection<ArticleRecord> articles) {
    return articles.apply("WrapArticles", MapElements.into(TypeDescriptor.of(PartitionedRecord.class))
        .via(PartitionedRecord::of)).setCoder(SerializableCoder.of(PartitionedRecord.class));
  }

  /** Wraps failures for {@link WriteTables}. */
  public static PCollection<PartitionedRecord> failures(PCollection<Failure> failures) {
    return failures.apply("WrapFailures", MapElements.into(TypeDescriptor.of(PartitionedRecord.class))
        .via(PartitionedRecord::of)).setCoder(SerializableCoder.of(PartitionedRecord.class));
  }

  @Override
  public PCollection<String> expand(PCollectionList<PartitionedRecord> input) {
    PCollectionList<PartitionedRecord> all = input;
    if (onlyPartition != null) {
      // An empty marker row makes sure the day's partition exists even without any article.
      all = all.and(input.getPipeline()
          .apply("MarkPartition", Create.of(new PartitionedRecord(null, null, null))
              .withCoder(SerializableCoder.of(PartitionedRecord.class))));
    }
    String fixed = onlyPartition;
    return all
        .apply("FlattenTables", Flatten.pCollections())
        .apply("SpillByPartition", ParDo.of(new SpillFn(stagingDir, fixed)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("GroupByPartition", GroupByKey.create())
        .apply("WritePartitions", ParDo.of(new WritePartitionFn(stagingDir)));
  }

  static String partitionOf(PartitionedRecord r) {
    if (r.event() != null) {
      return Tables.partition(r.event().getPublicationDate());
    }
    if (r.article() != null) {
      return Tables.partition(r.article().getArticle().getPublicationDate());
    }
    return Tables.partition(r.failure().getPublicationDate());
  }

  /**
   * Buffers each bundle's rows by partition and writes them to spill files in the staging folder,
   * passing on only the file names, so that grouping a partition of a million rows moves a handful of
   * paths instead of the rows themselves.
   */
  static final class SpillFn extends DoFn<PartitionedRecord, KV<String, String>> {
    static final int FLUSH_ROWS = 5_000;
    private final String stagingDir;
    private final String fixedPartition;
    private transient Map<String, List<PartitionedRecord>> buffer;
    private transient int buffered;

    SpillFn(String stagingDir, String fixedPartition) {
      this.stagingDir = stagingDir;
      this.fixedPartition = fixedPartition;
    }

    @StartBundle
    public void startBundle() {
      buffer = new TreeMap<>();
      buffered = 0;
    }

    @ProcessElement
    public void process(@Element PartitionedRecord record, OutputReceiver<KV<String, String>> out)
        throws IOException {
      String partition = fixedPartition != null ? fixedPartition : partitionOf(record);
      buffer.computeIfAbsent(partition, k -> new ArrayList<>()).add(record);
      if (++buffered >= FLUSH_ROWS) {
        for (KV<String, String> spilled : flush()) {
          out.output(spilled);
        }
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      for (KV<String, String> spilled : flush()) {
        context.output(spilled, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
    }

    private List<KV<String, String>> flush() throws IOException {
      List<KV<String, String>> spilled = new ArrayList<>();
      for (Map.Entry<String, List<PartitionedRecord>> e : buffer.entrySet()) {
        ResourceId file = resolve(stagingDir, SPILL_DIR, e.getKey(), UUID.randomUUID() + ".bin");
        try (ObjectOutputStream oos = new ObjectOutputStream(new BufferedOutputStream(
            Channels.newOutputStream(FileSystems.create(file, "application/octet-stream"))))) {
          oos.writeInt(e.getValue().size());
          for (PartitionedRecord r : e.getValue()) {
            oos.writeObject(r);
            oos.reset();
          }
        }
        spilled.add(KV.of(e.getKey(), file.toString()));
      }
      buffer.clear();
      buffered = 0;
      return spilled;
    }
  }

  /** Reads back the rows of one spill file. */
  static List<PartitionedRecord> readSpill(String path) throws IOException {
    ResourceId id = FileSystems.matchNewResource(path, false);
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(
        Channels.newInputStream(FileSystems.open(id))))) {
      int n = in.readInt();
      List<PartitionedRecord> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        rows.add((PartitionedRecord) in.readObject());
      }
      return rows;
    } catch (ClassNotFoundException e) {
      throw new IOException("spill file " + path + " holds an unknown class", e);
    }
  }

  /** Writes all tables of one partition and reports its row counts as a manifest line. */
  static final class WritePartitionFn extends DoFn<KV<String, Iterable<String>>, String> {
    private final String stagingDir;
    private final Counter partitions = Metrics.counter("parley", "partitions_written");

    WritePartitionFn(String stagingDir) {
      this.stagingDir = stagingDir;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> element, OutputReceiver<String> out)
        throws IOException {
      List<Event> events = new ArrayList<>();
      List<ArticleRecord> articles = new ArrayList<>();
      List<Failure> failures = new ArrayList<>();
      List<PartitionedRecord> rows = new ArrayList<>();
      for (String spill : element.getValue()) {
        rows.addAll(readSpill(spill));
      }
      for (PartitionedRecord r : rows) {
        if (r.event() != null) {
          events.add(r.event());
        } else if (r.article() != null) {
          articles.add(r.article());
        } else if (r.failure() != null) {
          failures.add(r.failure());
        }
      }
      String partition = element.getKey();
      write(Tables.EVENTS, events, partition);
      write(Tables.ARTICLES, articles, partition);
      write(Tables.FAILURES, failures, partition);
      Map<String, Integer> statuses = new TreeMap<>();
      for (ArticleRecord a : articles) {
        statuses.merge(a.getStatus(), 1, Integer::sum);
      }
      StringBuilder manifest = new StringBuilder();
      manifest.append("{\"partition\":\"").append(partition).append("\",\"events\":").append(events.size())
          .append(",\"articles\":").append(articles.size()).append(",\"failures\":").append(failures.size());
      for (Map.Entry<String, Integer> e : statuses.entrySet()) {
        manifest.append(",\"articles_").append(e.getKey()).append("\":").append(e.getValue());
      }
      manifest.append('}');
      writeText(resolve(stagingDir, "_manifest", partition + ".json"), manifest + "\n");
      partitions.inc();
      out.output(manifest.toString());
    }

    private <T> void write(TableSpec<T> table, List<T> rows, String partition) throws IOException {
      rows.sort(table.order());
      String dir = "publication_date=" + partition;
      try (WritableByteChannel ch = create(resolve(stagingDir, "csv", table.name(), dir, table.name() + ".csv"),
          "text/csv")) {
        TableFiles.writeCsv(table, rows, ch);
      }
      WritableByteChannel pq = create(
          resolve(stagingDir, "parquet", table.name(), dir, table.name() + ".parquet"),
          "application/octet-stream");
      TableFiles.writeParquet(table, rows, pq);
    }
  }

  static ResourceId resolve(String root, String... parts) {
    ResourceId id = FileSystems.matchNewResource(root.endsWith("/") ? root : root + "/", true);
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      id = id.resolve(parts[i], last
          ? org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE
          : org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
    }
    return id;
  }

  private static WritableByteChannel create(ResourceId id, String mime) throws IOException {
    return FileSystems.create(id, mime);
  }

  private static void writeText(ResourceId id, String text) throws IOException {
    try (WritableByteChannel ch = FileSystems.create(id, "application/json")) {
      ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
