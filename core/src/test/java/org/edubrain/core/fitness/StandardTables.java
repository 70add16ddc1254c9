package org.edubrain.core.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard's tables read straight from {@code shared/data/fitness}, independently of the
 * engine: the tests compare the engine with these rows.
 */
final class StandardTables {

    private StandardTables() {
    }

    static Path folder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/fitness");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/fitness not found above " + Path.of("").toAbsolutePath());
    }

    /** The rows of a CSV as maps from column to value (no field of these files holds a comma). */
    static List<Map<String, String>> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(folder().resolve(file), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                assertThat(f.length).as(file + ": " + line).isGreaterThanOrEqualTo(header.length - 1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < f.length ? f[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal decimal(String s) {
        return new BigDecimal(s);
    }
}
