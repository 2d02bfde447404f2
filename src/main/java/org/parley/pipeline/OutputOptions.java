package org.parley.pipeline;

import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the tables go. */
public interface OutputOptions extends PipelineOptions {

  @Description("Output folder: tables go to OUTPUT/parquet/<table>/publication_date=YYYY-MM-DD/ and"
      + " OUTPUT/csv/<table>/...; a rerun replaces the partitions it writes.")
  String getOutput();

  void setOutput(String value);
}
