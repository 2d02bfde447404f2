package org.parley.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a job once per archive day over a date range, skipping days already written with the same
 * version, dictionaries and inputs unless forced; stops at the first failed day so that a rerun
 * resumes there.
 */
final class Backfill {

  private Backfill() {}

  /** {@code backfill --from=D1 --to=D2 [--force] JOB|OPTIONS}; returns the exit code. */
  static int run(List<String> args, PrintStream out) throws IOException {
    LocalDate from = null;
    LocalDate to = null;
    boolean force = false;
    List<String> rest = new ArrayList<>();
    for (String a : JobFile.normalize(args)) {
      if (a.startsWith("--from=")) {
        from = date(a);
      } else if (a.startsWith("--to=")) {
        to = date(a);
      } else if (a.equals("--force") || a.equals("--force=true")) {
        force = true;
      } else if (a.startsWith("--day=")) {
        throw new ParleyRun.UsageException("backfill chooses the days itself: use --from and --to, not --day");
      } else {
        rest.add(a);
      }
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new ParleyRun.UsageException("backfill needs --from=YYYY-MM-DD and --to=YYYY-MM-DD with from <= to");
    }
    int total = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    int done = 0;
    int skipped = 0;
    long articles = 0;
    double seconds = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      List<String> dayArgs = new ArrayList<>(rest);
      dayArgs.add("--day=" + day);
      ParleyOptions options = Parley.options(dayArgs);
      ParleyRun.applyDay(options);
      ParleyRun.validate(options);
      Path output = Path.of(options.getOutput()).toAbsolutePath().normalize();
      String fingerprint = ParleyRun.fingerprint(options, ParleyRun.dictionaryFolder(options));
      if (!force && DayMarkers.isDone(output, day.toString(), fingerprint)) {
        skipped++;
        done++;
        out.printf(Locale.ROOT, "[backfill] %s already written with this version, dictionaries and inputs:"
            + " skipped (--force reruns it); %d of %d days done%n", day, done, total);
        continue;
      }
      ParleyRun.Summary summary = ParleyRun.run(options, out);
      if (!summary.status().equals("succeeded")) {
        out.printf(Locale.ROOT, "[backfill] %s failed; %d of %d days done. Rerun the same command to resume.%n",
            day, done, total);
        return 1;
      }
      done++;
      articles += summary.count("articles");
      seconds += summary.seconds();
      out.printf(Locale.ROOT, "[backfill] %s: %d articles, %d events; %d of %d days done, %.2f articles/s%n",
          day, summary.count("articles"), summary.count("events"), done, total,
          seconds > 0 ? articles / seconds : 0.0);
    }
    out.printf(Locale.ROOT, "[backfill] finished %s..%s: %d days written, %d skipped, %d articles%n",
        from, to, total - skipped, skipped, articles);
    return 0;
  }

  private static LocalDate date(String arg) {
    String value = arg.substring(arg.indexOf('=') + 1);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParleyRun.UsageException(arg.substring(0, arg.indexOf('=')) + " must be yyyy-MM-dd; got " + value);
    }
  }
}
