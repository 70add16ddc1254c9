package org.edubrain.core.valueadded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edubrain.core.valueadded.GrowthPercentiles.Panel;

/**
 * The wide format of sgp-method.md §1.2 ({@code sgpData_wide.csv}, Run A's input): {@code ID}, then
 * the grades of years 1..N, then the scores of the same years, all in chronological order; an empty
 * field is "not tested". The years are named by the header's {@code GRADE_<year>} columns.
 */
public final class WideFile {

    private WideFile() {
    }

    /** One content area's panel from a wide file. */
    public static Panel read(Path file, String contentArea) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = KnotsBoundaries.stripBom(lines.get(0)).split(",", -1);
        if (header.length % 2 != 1) {
            throw new InvalidFile(List.of("1: 宽格式的列数须为奇数 / a wide file has an odd number of columns"));
        }
        int years = (header.length - 1) / 2;
        String[] names = new String[years];
        for (int c = 0; c < years; c++) {
            names[c] = header[1 + c].substring(header[1 + c].lastIndexOf('_') + 1);
        }
        int n = lines.size() - 1;
        String[] ids = new String[n];
        int[][] grades = new int[years][n];
        double[][] scores = new double[years][n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",", -1);
            ids[i] = f[0];
            for (int c = 0; c < years; c++) {
                grades[c][i] = f[1 + c].isEmpty() ? 0 : Integer.parseInt(f[1 + c]);
                scores[c][i] = f[1 + years + c].isEmpty() ? Double.NaN : Double.parseDouble(f[1 + years + c]);
            }
        }
        return new Panel(contentArea, List.of(names), ids, grades, scores);
    }
}
