package org.parley.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Command-line entry point: {@code run [JOB_FILE] [--option=value ...]}; exit code 0 when the run
 * succeeded, 1 when it failed, 2 for bad usage.
 */
public final class Parley {

  private Parley() {}

  /** Parses the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs a command and returns the process exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      usage(out);
      return args.length == 0 ? 2 : 0;
    }
    String command = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (command) {
        case "run":
          return run(rest, out);
        case "nightly":
          return nightly(rest, out);
        case "backfill":
          return Backfill.run(rest, out);
        case "options":
          PipelineOptionsFactory.register(ParleyOptions.class);
          PipelineOptionsFactory.printHelp(out, ParleyOptions.class);
          return 0;
        default:
          err.println("Unknown command '" + command + "'.");
          usage(err);
          return 2;
      }
    } catch (ParleyRun.UsageException | IllegalArgumentException e) {
      err.println("parley: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("parley: I/O error: " + e.getMessage());
      return 1;
    }
  }

  private static int run(List<String> args, PrintStream out) throws IOException {
    ParleyOptions options = options(args);
    ParleyRun.Summary summary = ParleyRun.run(options, out);
    return summary.status().equals("succeeded") ? 0 : 1;
  }

  /** {@code nightly JOB}: the run of yesterday (UTC) over the job's archive. */
  private static int nightly(List<String> args, PrintStream out) throws IOException {
    List<String> withDay = new ArrayList<>(args);
    withDay.add("--day=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
    return run(withDay, out);
  }

  /** Builds options from an optional job file (anywhere among the arguments) and options, which win. */
  public static ParleyOptions options(List<String> args) throws IOException {
    List<String> jobArgs = new ArrayList<>();
    List<String> cli = JobFile.normalize(args);
    String jobFile = "";
    for (int i = 0; i < cli.size(); i++) {
      String arg = cli.get(i);
      if (arg.startsWith("--")) {
        continue;
      }
      if (!jobFile.isEmpty()) {
        throw new IllegalArgumentException("Two job files given: " + jobFile + " and " + arg);
      }
      Path job = Path.of(arg);
      if (!Files.isRegularFile(job)) {
        throw new IllegalArgumentException("Job file " + job + " not found (see pipelines/ for examples).");
      }
      jobArgs = JobFile.read(job, JobFile.variables(ParleyRun.home()));
      jobFile = job.toString();
      cli.remove(i--);
    }
    List<String> merged = JobFile.merge(jobArgs, cli);
    if (!jobFile.isEmpty()) {
      merged.add("--jobFile=" + jobFile);
    }
    PipelineOptionsFactory.register(ParleyOptions.class);
    return PipelineOptionsFactory.fromArgs(merged.toArray(String[]::new))
        .withValidation()
        .as(ParleyOptions.class);
  }

  private static void usage(PrintStream out) {
    out.println("Usage: parley run [JOB_FILE] [--input=PATTERN ...] [--output=DIR] [--date=YYYY-MM-DD]");
    out.println("                  [--dictionaries=DIR] [--runner=DirectRunner|FlinkRunner|SparkRunner] [...]");
    out.println("       parley run --day=YYYY-MM-DD JOB_FILE|--archive=DIR --output=DIR   (one archive day)");
    out.println("       parley nightly JOB_FILE|--archive=DIR --output=DIR                (yesterday, UTC)");
    out.println("       parley backfill --from=YYYY-MM-DD --to=YYYY-MM-DD [--force] JOB_FILE|OPTIONS");
    out.println("       parley evaluate [--gold=NAME ...] [--json=FILE]");
    out.println("       parley options   (every option with its description)");
    out.println("Options on the command line override those of the job file.");
  }
}
