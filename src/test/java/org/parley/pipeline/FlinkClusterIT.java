package org.parley.pipeline;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample job on a real Flink cluster (JobManager and TaskManager processes on 127.0.0.1, started by
 * scripts/local-cluster) writes exactly the tables that the DirectRunner writes, byte for byte.
 */
class FlinkClusterIT {

  @TempDir static Path onFlink;
  @TempDir static Path onDirect;

  @BeforeAll
  static void runOnFlinkAndDirect() throws Exception {
    // Build the job jar before the cluster starts, so the cluster is up only while it is used.
    ClusterRuns.script("scripts/parley", "build", "flink");
    try {
      ClusterRuns.script("scripts/local-cluster", "flink", "start");
      ClusterRuns.script("scripts/parley", "run", ClusterRuns.JOB, ClusterRuns.DICTIONARIES,
          "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:8081", "--output=" + onFlink,
          "--progressSeconds=0");
    } finally {
      ClusterRuns.script("scripts/local-cluster", "flink", "stop");
    }
    PipelineRuns.run(ClusterRuns.JOB, ClusterRuns.DICTIONARIES, "--runner=DirectRunner",
        "--output=" + onDirect, "--progressSeconds=0");
  }

  @Test
  void flinkWritesTheSameTablesAsTheDirectRunner() throws Exception {
    ClusterRuns.assertSameTables(onDirect, onFlink);
  }
}
