package org.parley.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Runs over one day of an archive laid out by date (nightly runs and backfills). */
public interface ArchiveOptions extends PipelineOptions {

  @Description("Root of an archive laid out by date; with --day, the input is that day's folder.")
  String getArchive();

  void setArchive(String value);

  @Description("Folder of one day under --archive, as a java.time pattern: yyyy/MM/dd (default),"
      + " yyyy-MM-dd, yyyy/MM/dd/'news' ...")
  @Default.String("yyyy/MM/dd")
  String getArchiveLayout();

  void setArchiveLayout(String value);

  @Description("Process one day (yyyy-MM-dd): reads the day's archive folder and replaces that day's"
      + " partition of every table, even when the day has no articles.")
  String getDay();

  void setDay(String value);
}
