package dev.lede.formats.tika;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits one input read through Tika must keep; crossing any of them is a
 * {@link dev.lede.LedeException} that names the input and the limit.
 *
 * @param timeout the longest one input may take to extract
 * @param maxChars the most characters of text the parser may emit
 * @param maxDepth the deepest element nesting (Tika's {@code SecureContentHandler})
 * @param maxCompressionRatio the most characters of output per byte of input once
 *     {@code outputThreshold} characters have been emitted (Tika's zip-bomb guard)
 * @param outputThreshold the output size from which the compression ratio is checked
 * @param maxZipEntryBytes the most bytes one zip entry (a DOCX part) may inflate to
 */
public record TikaLimits(Duration timeout, long maxChars, int maxDepth, long maxCompressionRatio,
    long outputThreshold, long maxZipEntryBytes) {

  /** 30 s, 10 M characters, depth 1000, ratio 100 from 1 M characters, 64 MiB a zip entry. */
  public static final TikaLimits DEFAULT = new TikaLimits(Duration.ofSeconds(30), 10_000_000,
      1000, 100, 1_000_000, 64L * 1024 * 1024);

  public TikaLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxChars <= 0 || maxDepth <= 0 || maxCompressionRatio <= 0 || outputThreshold <= 0
        || maxZipEntryBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive: maxChars=" + maxChars
          + ", maxDepth=" + maxDepth + ", maxCompressionRatio=" + maxCompressionRatio
          + ", outputThreshold=" + outputThreshold + ", maxZipEntryBytes=" + maxZipEntryBytes);
    }
  }

  public TikaLimits withTimeout(Duration value) {
    return new TikaLimits(value, maxChars, maxDepth, maxCompressionRatio, outputThreshold,
        maxZipEntryBytes);
  }

  public TikaLimits withMaxChars(long value) {
    return new TikaLimits(timeout, value, maxDepth, maxCompressionRatio, outputThreshold,
        maxZipEntryBytes);
  }

  public TikaLimits withMaxDepth(int value) {
    return new TikaLimits(timeout, maxChars, value, maxCompressionRatio, outputThreshold,
        maxZipEntryBytes);
  }
}
