package org.jaywalk.framework.io;

import java.util.ArrayList;
import java.util.List;

/** Renders rows of text as left-aligned columns separated by two spaces. */
final class TextTable {

    private TextTable() {
    }

    /** The header and rows, one line each (every line ends with a newline). */
    static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            out.append(line(row, widths)).append('\n');
        }
        return out.toString();
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            line.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", row.get(c)));
        }
        return line.toString().stripTrailing();
    }
}
