package dev.lede.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CorpusBenchmark} and {@link ScalingBenchmark} and prints their results as Markdown
 * tables: MB/s of each benchmark, its ratio to the floor, and MB/s of each stage at 1×, 4× and
 * 16× input size. MB is 10^6 bytes of UTF-8 input.
 *
 * <pre>java -cp examples/target/lede-bench.jar dev.lede.bench.Report [quick] [JMH regexp]</pre>
 *
 * {@code quick} runs fewer and shorter iterations (a rough figure in a few minutes). Two tables
 * are printed: from the mean of the measured iterations, and from the best one.
 */
public final class Report {

  private Report() {}

  public static void main(String[] args) throws RunnerException {
    boolean quick = false;
    List<String> includes = new ArrayList<>();
    for (String a : args) {
      if (a.equals("quick")) {
        quick = true;
      } else {
        includes.add(a);
      }
    }
    if (includes.isEmpty()) {
      includes.add(CorpusBenchmark.class.getSimpleName());
      includes.add(ScalingBenchmark.class.getSimpleName());
    }
    ChainedOptionsBuilder options = new OptionsBuilder();
    for (String i : includes) {
      options.include(i);
    }
    if (quick) {
      options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
          .measurementIterations(3).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Corpus corpus = Corpus.load();
    System.out.println();
    System.out.printf(Locale.ROOT, "Load average before the report: %.2f on %d processors%n%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    System.out.println("Mean of the measured iterations:\n");
    System.out.print(table(results, corpus, false));
    System.out.println("\nBest measured iteration (closest to an uncontended core):\n");
    System.out.print(table(results, corpus, true));
  }

  /**
   * The fastest measured iteration. On a machine shared with other work, the mean mixes in the
   * time the benchmark waited for a core; the best iteration is the closer estimate of what one
   * uncontended core does. On a quiet machine the two agree.
   */
  static double bestIteration(RunResult r) {
    double best = Double.MAX_VALUE;
    for (BenchmarkResult b : r.getBenchmarkResults()) {
      for (IterationResult i : b.getIterationResults()) {
        best = Math.min(best, i.getPrimaryResult().getScore());
      }
    }
    return best == Double.MAX_VALUE ? r.getPrimaryResult().getScore() : best;
  }

  static String table(Collection<RunResult> results, Corpus corpus, boolean best) {
    StringBuilder out = new StringBuilder();
    Map<String, Double> corpusMs = new LinkedHashMap<>();
    Map<String, Map<Integer, Double>> scaledMs = new TreeMap<>();
    for (RunResult r : results) {
      String bench = r.getParams().getBenchmark();
      String method = bench.substring(bench.lastIndexOf('.') + 1);
      double ms = best ? bestIteration(r) : r.getPrimaryResult().getScore();
      if (bench.contains(CorpusBenchmark.class.getSimpleName())) {
        corpusMs.put(method, ms);
      } else {
        int scale = Integer.parseInt(r.getParams().getParam("scale"));
        scaledMs.computeIfAbsent(method, k -> new TreeMap<>()).put(scale, ms);
      }
    }
    if (!corpusMs.isEmpty()) {
      double mb = corpus.bytes() / 1e6;
      out.append(String.format(Locale.ROOT, "Corpus: %d texts, %.2f MB (%s)%n%n",
          corpus.texts().size(), mb, String.join(", ", corpus.sources())));
      out.append("| benchmark | ms per pass | MB/s | time / floor |\n| --- | ---: | ---: | ---: |\n");
      Double floor = corpusMs.get("floor");
      for (Map.Entry<String, Double> e : corpusMs.entrySet()) {
        double ms = e.getValue();
        out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", e.getKey(), ms,
            mb / (ms / 1000), floor == null ? "" : String.format(Locale.ROOT, "%.2f", ms / floor)));
      }
      out.append('\n');
    }
    if (!scaledMs.isEmpty()) {
      Map<Integer, Double> mbByScale = new TreeMap<>();
      for (Map<Integer, Double> m : scaledMs.values()) {
        for (int scale : m.keySet()) {
          mbByScale.computeIfAbsent(scale, s -> corpus.concatenated(s, ScalingBenchmark.UNIT)
              .getBytes(StandardCharsets.UTF_8).length / 1e6);
        }
      }
      out.append("| stage (one document) |");
      StringBuilder rule = new StringBuilder("| --- |");
      for (Map.Entry<Integer, Double> s : mbByScale.entrySet()) {
        out.append(String.format(Locale.ROOT, " %d× (%.2f MB) MB/s |", s.getKey(), s.getValue()));
        rule.append(" ---: |");
      }
      out.append(" time per byte, largest / smallest |\n").append(rule).append(" ---: |\n");
      for (Map.Entry<String, Map<Integer, Double>> e : scaledMs.entrySet()) {
        out.append("| ").append(e.getKey()).append(" |");
        Integer first = null;
        Integer last = null;
        for (Map.Entry<Integer, Double> s : e.getValue().entrySet()) {
          double mb = mbByScale.get(s.getKey());
          out.append(String.format(Locale.ROOT, " %.1f |", mb / (s.getValue() / 1000)));
          first = first == null ? s.getKey() : first;
          last = s.getKey();
        }
        double perByteFirst = e.getValue().get(first) / mbByScale.get(first);
        double perByteLast = e.getValue().get(last) / mbByScale.get(last);
        out.append(String.format(Locale.ROOT, " %.2f |%n", perByteLast / perByteFirst));
      }
    }
    return out.toString();
  }
}
