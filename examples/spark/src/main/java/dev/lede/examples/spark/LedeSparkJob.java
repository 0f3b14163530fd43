package dev.lede.examples.spark;

import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.LedeParser;
import dev.lede.formats.json.CorpusItem;
import dev.lede.formats.json.DocumentJson;
import dev.lede.formats.json.JsonLinesCorpus;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Lede as a map over a JSON Lines corpus on Apache Spark: each line (a record with at least
 * {@code text}, as {@code lede parse --jsonl} reads it) becomes one line of Document JSON
 * ({@code lede.document/1}) in the output folder's part files, in input order.
 *
 * <pre>
 * spark-submit --class dev.lede.examples.spark.LedeSparkJob --master yarn \
 *     lede-spark.jar hdfs:///news/corpus.jsonl hdfs:///news/documents
 * </pre>
 *
 * <p>Lines that cannot be read as a record, and inputs Lede cannot parse, are counted and
 * skipped; the driver prints the counts at the end. A record without an {@code id} gets its
 * 1-based line number over the whole input, as in the CLI.
 */
public final class LedeSparkJob {

  private LedeSparkJob() {}

  /** The counts of one run. */
  public record Counts(long documents, long failures) {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: LedeSparkJob INPUT.jsonl OUTPUT-FOLDER");
      System.exit(2);
    }
    SparkConf conf = new SparkConf().setAppName("lede-parse");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      Counts c = run(sc, args[0], args[1]);
      System.err.printf("lede: %d documents, %d failures%n", c.documents(), c.failures());
      System.exit(c.failures() == 0 ? 0 : 1);
    }
  }

  /**
   * Parses every record of {@code input} (a file, folder or glob Hadoop can read) and writes the
   * documents to the folder {@code output}, which must not exist.
   */
  public static Counts run(JavaSparkContext sc, String input, String output) {
    LongAccumulator documents = sc.sc().longAccumulator("lede documents");
    LongAccumulator failures = sc.sc().longAccumulator("lede failures");
    JavaRDD<String> lines = sc.textFile(input);
    // zipWithIndex numbers the lines across partitions, so records keep their line numbers
    JavaRDD<String> docs = lines.zipWithIndex().mapPartitions(
        part -> new Documents(input, part, documents, failures));
    docs.saveAsTextFile(output);
    return new Counts(documents.value(), failures.value());
  }

  /**
   * The documents of one partition, parsed lazily one line at a time so that a partition of any
   * size needs the memory of one document.
   */
  private static final class Documents implements Iterator<String> {
    private final String name;
    private final Iterator<Tuple2<String, Long>> lines;
    private final LongAccumulator documents;
    private final LongAccumulator failures;
    private String next;

    Documents(String name, Iterator<Tuple2<String, Long>> lines, LongAccumulator documents,
        LongAccumulator failures) {
      this.name = name;
      this.lines = lines;
      this.documents = documents;
      this.failures = failures;
    }

    @Override
    public boolean hasNext() {
      while (next == null && lines.hasNext()) {
        Tuple2<String, Long> line = lines.next();
        if (!line._1().isBlank()) {
          next = parse(line._1(), line._2() + 1);
        }
      }
      return next != null;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String out = next;
      next = null;
      return out;
    }

    private String parse(String json, long lineNumber) {
      CorpusItem item = JsonLinesCorpus.record(name, lineNumber, json);
      try {
        String doc = DocumentJson.toJson(Parser.INSTANCE.parse(item.sourceOrThrow()));
        documents.add(1);
        return doc;
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(1);
        String reason = e instanceof LedeException le ? le.reason() : e.toString();
        System.err.println("lede: " + item.label() + ": " + reason);
        return null;
      }
    }
  }

  /** One parser per executor JVM, built on first use (the parser is thread-safe). */
  private static final class Parser {
    static final LedeParser INSTANCE = Lede.builder().build();
  }
}
