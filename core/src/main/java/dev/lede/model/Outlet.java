package dev.lede.model;

import java.util.Objects;

/** The news outlet that published a text ({@code TASS}, {@code Press.kz}); span null when from metadata. */
public record Outlet(String name, Span span) {

  public Outlet {
    Objects.requireNonNull(name, "name");
  }
}
