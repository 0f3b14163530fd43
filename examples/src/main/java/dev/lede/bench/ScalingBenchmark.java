package dev.lede.bench;

import dev.lede.Lede;
import dev.lede.LedeParser;
import dev.lede.spi.SourceText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One big document made of the corpus texts joined end to end, at 1×, 4× and 16× of
 * {@link #UNIT} bytes: a stage whose time per byte grows with the scale is super-linear (a scan
 * over all blocks per block, say). {@link Report} prints MB/s per scale.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// as in CorpusBenchmark: the JIT needs a long warm-up before the figures settle
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

  /** The 1× size in bytes: about the size of a long article page with its comments. */
  public static final int UNIT = 64 * 1024;

  @Param({"1", "4", "16"})
  public int scale;

  private LedeParser parser;
  private Stages stages;
  private SourceText source;
  private Stages.Prepared prepared;

  @Setup
  public void setUp() {
    parser = Lede.builder().maxInputBytes(256L * 1024 * 1024).build();
    stages = new Stages(parser);
    source = SourceText.of("scaled-" + scale, Corpus.load().concatenated(scale, UNIT));
    prepared = stages.prepare(source);
  }

  @Benchmark
  public Object full() {
    return parser.parse(source);
  }

  @Benchmark
  public Object layout() {
    return stages.layout(source);
  }

  @Benchmark
  public Object normalize() {
    return stages.language(stages.normalize(source.text(), prepared.skeleton()));
  }

  @Benchmark
  public Object persons() {
    return stages.persons(prepared.blocks(), prepared.language(), prepared.skeleton());
  }

  @Benchmark
  public Object dates() {
    return stages.dates(prepared);
  }

  @Benchmark
  public Object statements() {
    return stages.statements(prepared);
  }
}
