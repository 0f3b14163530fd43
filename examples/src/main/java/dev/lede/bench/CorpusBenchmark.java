package dev.lede.bench;

import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.formats.json.DocumentJson;
import dev.lede.spi.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation is one pass over the whole {@link Corpus}, on one thread: the full parse, the
 * parse plus JSON, each stage alone (on what the earlier stages produced, prepared in setup), and
 * the floor (decode, NFC, one regex scan). {@link Report} turns the times into MB/s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the JIT needs about 30 s on two cores to settle on this much code: earlier iterations are
// still 1.5x slower, and a shorter warm-up measured the compiler rather than the parser
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CorpusBenchmark {

  private Corpus corpus;
  private LedeParser parser;
  private Stages stages;
  private List<SourceText> sources;
  private List<Stages.Prepared> prepared;

  @Setup
  public void setUp() {
    corpus = Corpus.load();
    parser = Lede.builder().build();
    stages = new Stages(parser);
    sources = new ArrayList<>();
    prepared = new ArrayList<>();
    for (Corpus.Text t : corpus.texts()) {
      SourceText s = SourceText.of(t.name(), new String(t.bytes(), StandardCharsets.UTF_8));
      sources.add(s);
      prepared.add(stages.prepare(s));
    }
  }

  @Benchmark
  public void floor(Blackhole bh) {
    for (Corpus.Text t : corpus.texts()) {
      bh.consume(Floor.read(t.bytes()));
    }
  }

  /** Bytes to {@code Document}: decoding, layout, every stage. */
  @Benchmark
  public void full(Blackhole bh) {
    for (Corpus.Text t : corpus.texts()) {
      bh.consume(parser.parse(t.name(), t.bytes()));
    }
  }

  /** What {@code lede parse --jsonl} does per input: the full parse and the JSON line. */
  @Benchmark
  public void fullJson(Blackhole bh) {
    for (Corpus.Text t : corpus.texts()) {
      bh.consume(DocumentJson.toJson(parser.parse(t.name(), t.bytes())));
    }
  }

  @Benchmark
  public void layout(Blackhole bh) {
    for (SourceText s : sources) {
      bh.consume(stages.layout(s));
    }
  }

  /** Normalization of every block and the language guess. */
  @Benchmark
  public void normalize(Blackhole bh) {
    for (Stages.Prepared p : prepared) {
      bh.consume(stages.language(stages.normalize(p.source().text(), p.skeleton())));
    }
  }

  @Benchmark
  public void persons(Blackhole bh) {
    for (Stages.Prepared p : prepared) {
      bh.consume(stages.persons(p.blocks(), p.language(), p.skeleton()));
    }
  }

  @Benchmark
  public void dates(Blackhole bh) {
    for (Stages.Prepared p : prepared) {
      bh.consume(stages.dates(p));
    }
  }

  @Benchmark
  public void statements(Blackhole bh) {
    for (Stages.Prepared p : prepared) {
      bh.consume(stages.statements(p));
    }
  }
}
