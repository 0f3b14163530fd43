package dev.lede.formats.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.persons.PersonCluster;
import java.io.IOException;
import java.util.Objects;

/**
 * A cross-document {@link PersonCluster} (from {@link dev.lede.persons.PersonIndex}) as JSON:
 * {@code { "key", "name", "variants": [...], "documents": [...] }}. Static and thread-safe.
 */
public final class PersonClusterJson {

  private PersonClusterJson() {}

  /** Writes one cluster as the next value of {@code generator}; does not flush or close it. */
  public static void write(PersonCluster cluster, JsonGenerator generator) throws IOException {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(generator, "generator");
    generator.writeStartObject();
    generator.writeStringField("key", cluster.key());
    generator.writeStringField("name", cluster.name());
    generator.writeArrayFieldStart("variants");
    for (String v : cluster.variants()) {
      generator.writeString(v);
    }
    generator.writeEndArray();
    generator.writeArrayFieldStart("documents");
    for (String d : cluster.documents()) {
      generator.writeString(d);
    }
    generator.writeEndArray();
    generator.writeEndObject();
  }
}
