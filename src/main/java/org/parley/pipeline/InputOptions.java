package org.parley.pipeline;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the articles come from and how to read them. */
public interface InputOptions extends PipelineOptions {

  @Description("File pattern of input articles (local path, glob, or gs://, s3://, hdfs:// when those"
      + " filesystems are on the classpath); repeat --input or separate patterns with commas.")
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Input format for every file: auto (from the extension, after .gz), txt, jsonl, json, csv,"
      + " html.")
  @Default.String("auto")
  String getFormat();

  void setFormat(String value);

  @Description("CSV column mapping when the header does not use id,url,date,title,text, e.g."
      + " text=body,date=published_at.")
  @Default.String("")
  String getCsvColumns();

  void setCsvColumns(String value);

  @Description("Publication date (yyyy-MM-dd) for articles whose record and path give none.")
  String getDate();

  void setDate(String value);
}
