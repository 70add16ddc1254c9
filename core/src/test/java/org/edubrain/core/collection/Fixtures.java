package org.edubrain.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.registry.Coded;

/** Shared fixtures of the collection tests: code lists as the application builds them, and one-row files. */
final class Fixtures {

    private Fixtures() {
    }

    static final String FILE = "upload.csv";

    /**
     * The standard lists plus the two the application reads from the database (CityCodes in the
     * app module): the city's districts and its functional zones.
     */
    static final CodeLists CODES = CodeLists.standard()
            .with(new CodeList("district", List.of(new Coded.Label("210211", "甘井子区", "Ganjingzi"),
                    new Coded.Label("210202", "中山区", "Zhongshan"))))
            .with(new CodeList("zone", List.of(new Coded.Label("FZ01", "金普新区", "Jinpu New Area"))));

    /** A row parsed, with the problems reported while parsing it. */
    record Parsed(Row row, ProblemSink sink) {

        List<Problem> problems() {
            return sink.problems();
        }

        List<String> rules() {
            return problems().stream().map(Problem::rule).toList();
        }

        /** The one problem reported (fails when there is not exactly one). */
        Problem only() {
            assertThat(problems()).as("problems").hasSize(1);
            return problems().get(0);
        }
    }

    /** Column name → cell, in the order given. */
    static Map<String, String> cells(String... nameThenCell) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenCell.length; i += 2) {
            m.put(nameThenCell[i], nameThenCell[i + 1]);
        }
        return m;
    }

    /** A copy of a row with some cells replaced. */
    static Map<String, String> with(Map<String, String> row, String... nameThenCell) {
        Map<String, String> m = new LinkedHashMap<>(row);
        for (int i = 0; i < nameThenCell.length; i += 2) {
            assertThat(m).as("test row has column " + nameThenCell[i]).containsKey(nameThenCell[i]);
            m.put(nameThenCell[i], nameThenCell[i + 1]);
        }
        return m;
    }

    /**
     * Parses a file of a data set whose row 1 holds every column's Chinese header in the
     * templates' order and whose row 2 holds the given cells.
     */
    static Parsed parse(DataSet set, Map<String, String> byColumn) {
        String[] header = set.columns().stream().map(Column::headerZh).toArray(String[]::new);
        String[] row = new String[header.length];
        byColumn.forEach((name, cell) -> {
            assertThat(set.index(name)).as(set.name() + " has column " + name).isGreaterThanOrEqualTo(0);
            row[set.index(name)] = cell;
        });
        ProblemSink sink = new ProblemSink(100);
        Header h = Header.read(set, header, FILE, "", sink);
        assertThat(h).as("header").isNotNull();
        assertThat(sink.problems()).as("header problems").isEmpty();
        Row parsed = new RowParser(set, h, CODES, FILE, "", sink).parse(row, 2);
        return new Parsed(parsed, sink);
    }
}
