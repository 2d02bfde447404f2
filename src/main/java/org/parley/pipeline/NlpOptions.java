package org.parley.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How the NLP models run and which dictionaries code the events. */
public interface NlpOptions extends PipelineOptions {

  @Description("NLP engine sets loaded per worker JVM; each needs about 2 GB of heap. 0 chooses"
      + " min(cores, heap / 2 GB).")
  @Default.Integer(0)
  int getNlpEngines();

  void setNlpEngines(int value);

  @Description("Sentences longer than this many tokens are not tagged or parsed (they cost minutes and"
      + " are rarely real sentences).")
  @Default.Integer(120)
  int getMaxSentenceTokens();

  void setMaxSentenceTokens(int value);

  @Description("Folder of dictionaries (countries.tsv, verbs.tsv, ...); default: configs/dictionaries of"
      + " the Parley installation.")
  String getDictionaries();

  void setDictionaries(String value);
}
