package org.parley.pipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample job on a real Spark standalone cluster (Master, Worker and executor processes on 127.0.0.1,
 * started by scripts/local-cluster) writes exactly the tables that the DirectRunner writes, byte for byte.
 */
class SparkClusterIT {

  @TempDir static Path onSpark;
  @TempDir static Path onDirect;

  @BeforeAll
  static void runOnSparkAndDirect() throws Exception {
    // Build the job jar before the cluster starts, so the cluster is up only while it is used.
    ClusterRuns.script("scripts/parley", "build", "spark");
    try {
      ClusterRuns.script("scripts/local-cluster", "spark", "start");
      ClusterRuns.script("scripts/parley", "run", ClusterRuns.JOB, ClusterRuns.DICTIONARIES,
          "--runner=SparkRunner", "--sparkMaster=spark://127.0.0.1:7077", "--output=" + onSpark,
          "--progressSeconds=0");
    } finally {
      ClusterRuns.script("scripts/local-cluster", "spark", "stop");
    }
    PipelineRuns.run(ClusterRuns.JOB, ClusterRuns.DICTIONARIES, "--runner=DirectRunner",
        "--output=" + onDirect, "--progressSeconds=0");
  }

  @Test
  void sparkWritesTheSameTablesAsTheDirectRunner() throws Exception {
    ClusterRuns.assertSameTables(onDirect, onSpark);
  }
}
