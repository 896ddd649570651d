package io.kilowatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text table with aligned columns; the last column is not padded. Rows may carry a style
 * ({@link Terminal#BOLD}, ...), applied to the whole line, only when printing in colour.
 */
final class Table {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final Map<Integer, String> styles = new HashMap<>();

  Table(String... header) {
    this.header = List.of(header);
  }

  Table row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "a row needs " + header.size() + " cells, but had " + Arrays.toString(cells));
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Styles the row added last (an ANSI sequence of {@link Terminal}). */
  Table style(String style) {
    if (!rows.isEmpty()) {
      styles.put(rows.size(), style);
    }
    return this;
  }

  void print(PrintWriter out) {
    print(out, false);
  }

  /** Prints the table; with {@code colour}, styled rows in their style. */
  void print(PrintWriter out, boolean colour) {
    int[] widths = new int[header.size()];
    List<List<String>> lines = allLines();
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (int index = 0; index < lines.size(); index++) {
      List<String> line = lines.get(index);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i);
        text.append(cell);
        if (i < line.size() - 1) {
          text.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      String style = styles.get(index);
      String plain = text.toString().stripTrailing();
      out.println(colour && style != null ? style + plain + Terminal.RESET : plain);
    }
    out.flush();
  }

  private List<List<String>> allLines() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    return lines;
  }
}
