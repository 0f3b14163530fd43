package dev.lede.examples;

import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.model.Document;
import dev.lede.model.Statement;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The smallest useful Lede program: parses one file and prints its title, its publication date
 * and who said what.
 *
 * <pre>
 * java -cp examples/target/lede.jar dev.lede.examples.ParseOne seeds/002_bc75cffa8b8ea9a8.txt
 * </pre>
 */
public final class ParseOne {

  private ParseOne() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    if (args.length != 1) {
      System.err.println("usage: ParseOne FILE");
      System.exit(2);
    }
    Document doc;
    try {
      doc = Lede.parse(Path.of(args[0]));
    } catch (LedeException e) {
      System.err.println("ParseOne: " + e.getMessage());
      System.exit(1);
      return;
    }
    out.println("title:     " + (doc.title() == null ? "-" : doc.title().text()));
    out.println("published: " + (doc.published() == null ? "-" : doc.published().value()));
    out.println("layout:    " + doc.layout().id());
    for (Statement s : doc.statements()) {
      String who = s.speaker() == null ? "(unknown)" : s.speaker().name();
      out.println(s.direct()
          ? "- " + who + ": \u201c" + s.quote().text() + "\u201d"
          : "- " + who + " (reported): " + s.quote().text());
    }
  }
}
