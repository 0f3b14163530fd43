package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void toIso_eachPrecision_writesIsoForm() {
    assertEquals("2024-11-27", new PartialDate(2024, 11, 27).toIso());
    assertEquals("2024-11", PartialDate.ofMonth(2024, 11).toIso());
    assertEquals("2024", PartialDate.ofYear(2024).toIso());
    assertEquals("--03-04", PartialDate.ofMonthDay(3, 4).toIso());
    assertEquals(Precision.MONTH_DAY, PartialDate.ofMonthDay(3, 4).precision());
  }

  @Test
  void new_impossibleDate_throwsNamingTheValue() {
    var e = assertThrows(IllegalArgumentException.class, () -> new PartialDate(2023, 2, 29));
    assertEquals("not a date: 2023-2-29", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PartialDate(null, null, 4));
    assertThrows(IllegalArgumentException.class, () -> new PartialDate(null, 3, null));
  }

  @Test
  void ofMonthDay_leapDayWithoutYear_isValid() {
    assertEquals("--02-29", PartialDate.ofMonthDay(2, 29).toIso());
  }

  @Test
  void parse_garbage_throws() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2024-xx"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1-2-3-4"));
  }

  @Property(tries = 200)
  void parse_ofToIso_roundTrips(@ForAll @DateRange(min = "1900-01-01", max = "2100-12-31")
      LocalDate date) {
    PartialDate day = PartialDate.of(date);
    assertEquals(day, PartialDate.parse(day.toIso()));
    PartialDate month = PartialDate.ofMonth(date.getYear(), date.getMonthValue());
    assertEquals(month, PartialDate.parse(month.toIso()));
    PartialDate md = PartialDate.ofMonthDay(date.getMonthValue(), date.getDayOfMonth());
    assertEquals(md, PartialDate.parse(md.toIso()));
    assertEquals(date, day.toLocalDate().orElseThrow());
  }
}
