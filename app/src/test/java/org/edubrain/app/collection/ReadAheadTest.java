package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-ahead gives what the source gives, in the same order and with a failure at the same
 * place; closed early, it stops the reader before it closes the source. The expected rows are those
 * of the CSV reader read directly, on a real file larger than the rows that may wait.
 */
class ReadAheadTest {

    @TempDir
    Path dir;

    private Path csv(int rows) throws IOException {
        StringBuilder sb = new StringBuilder("全国学籍号,学年,班级\n");
        for (int i = 1; i <= rows; i++) {
            sb.append('G').append(1_000_000 + i).append(",2025,").append(i % 7 == 0 ? "\"一（2）班, 东\"" : "").append('\n');
        }
        Path f = dir.resolve("rows.csv");
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> all(TableSource s) throws Exception {
        List<String> out = new ArrayList<>();
        for (TableSource.SourceRow r; (r = s.next()) != null; ) {
            out.add(r.number() + ":" + String.join("|", r.cells()));
        }
        return out;
    }

    @Test
    void givesTheSourcesRowsInOrder() throws Exception {
        int rows = ReadAhead.BATCH * (ReadAhead.QUEUED + 3) + 17; // more than may wait: the reader must wait for room
        Path f = csv(rows);
        List<String> direct;
        try (TableSource s = CsvSource.open(f, "rows.csv", null, 1_000_000)) {
            direct = all(s);
        }
        assertThat(direct).hasSize(rows + 1);
        try (ReadAhead s = new ReadAhead(CsvSource.open(f, "rows.csv", null, 1_000_000))) {
            assertThat(s.sheet()).isEmpty();
            assertThat(all(s)).isEqualTo(direct);
            assertThat(s.next()).isNull();
        }
    }

    @Test
    void aFailureOfTheSourceComesAfterTheRowsBeforeIt() throws Exception {
        Path f = csv(3000);
        List<String> before = new ArrayList<>();
        TableSource.Unreadable expected = null;
        try (TableSource s = CsvSource.open(f, "rows.csv", null, 1200)) {
            for (TableSource.SourceRow r; (r = s.next()) != null; ) {
                before.add(r.number() + ":" + String.join("|", r.cells()));
            }
        } catch (TableSource.Unreadable e) {
            expected = e;
        }
        assertThat(expected).as("the row limit stops the direct reader").isNotNull();
        List<String> got = new ArrayList<>();
        try (ReadAhead s = new ReadAhead(CsvSource.open(f, "rows.csv", null, 1200))) {
            TableSource.Unreadable e = null;
            try {
                for (TableSource.SourceRow r; (r = s.next()) != null; ) {
                    got.add(r.number() + ":" + String.join("|", r.cells()));
                }
            } catch (TableSource.Unreadable u) {
                e = u;
            }
            assertThat(e).isNotNull();
            assertThat(e.problem()).isEqualTo(expected.problem());
        }
        assertThat(got).isEqualTo(before);
    }

    @Test
    void closedEarlyItStopsTheReaderAndThenClosesTheSource() throws Exception {
        AtomicInteger read = new AtomicInteger();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean readAfterClose = new AtomicBoolean();
        TableSource endless = new TableSource() {
            @Override
            public String sheet() {
                return "Sheet1";
            }

            @Override
            public SourceRow next() {
                if (closed.get()) {
                    readAfterClose.set(true);
                }
                int n = read.incrementAndGet();
                return new SourceRow(n, new String[] {Integer.toString(n)});
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        ReadAhead s = new ReadAhead(endless);
        for (int i = 1; i <= 10; i++) {
            assertThat(s.next().number()).isEqualTo(i);
        }
        s.close();
        assertThat(closed).isTrue();
        int after = read.get();
        assertThat(after).as("the reader stayed within the rows that may wait")
                .isLessThanOrEqualTo(ReadAhead.BATCH * (ReadAhead.QUEUED + 2));
        Thread.sleep(200);
        assertThat(read.get()).as("no row read once closed").isEqualTo(after);
        assertThat(readAfterClose).isFalse();
    }
}
