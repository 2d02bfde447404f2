package org.parley.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;

/** All options of a Parley run. */
public interface ParleyOptions extends InputOptions, NlpOptions, OutputOptions, ArchiveOptions {

  @Description("Job file the options came from (set by the launcher; recorded in the run record).")
  @Default.String("")
  String getJobFile();

  void setJobFile(String value);

  @Description("Print progress (files, articles, events) every this many seconds; 0 turns it off.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);
}
