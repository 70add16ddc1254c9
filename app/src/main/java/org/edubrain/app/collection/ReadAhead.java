package org.edubrain.app.collection;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A source read on a thread of its own, a few thousand rows ahead of the import: reading and
 * parsing the file (an xlsx sheet's XML above all) runs on another core while the import checks
 * the rows before and streams them into the staging table. The rows come in the file's order, and a
 * failure of the reader (an unreadable part, the row limit) comes after the rows read before it,
 * as from the source itself. At most {@value #QUEUED} batches of {@value #BATCH} rows wait, so the
 * memory stays flat in the file's size.
 */
final class ReadAhead implements TableSource {

    static final int BATCH = 512;
    static final int QUEUED = 8;
    private static final Object END = new Object();

    private final TableSource source;
    private final String sheet;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private volatile boolean closed;
    private List<SourceRow> batch = List.of();
    private int at;
    private boolean ended;

    ReadAhead(TableSource source) {
        this.source = source;
        this.sheet = source.sheet();
        this.reader = new Thread(this::read, "import-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        List<SourceRow> rows = new ArrayList<>(BATCH);
        try {
            Object last = END;
            try {
                for (SourceRow r; !closed && (r = source.next()) != null; ) {
                    rows.add(r);
                    if (rows.size() == BATCH) {
                        hand(rows);
                        rows = new ArrayList<>(BATCH);
                    }
                }
            } catch (IOException | Unreadable | RuntimeException | Error e) {
                last = e; // after the rows read before it
            }
            if (!rows.isEmpty()) {
                hand(rows);
            }
            hand(last);
        } catch (InterruptedException e) {
            // closed before the end: the import stopped reading
        }
    }

    /** Waits for room, giving up when the import has closed the source (it reads no more). */
    private void hand(Object o) throws InterruptedException {
        while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
            if (closed) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SourceRow next() throws IOException, Unreadable {
        while (at == batch.size()) {
            if (ended) {
                return null;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the file");
            }
            if (o == END) {
                ended = true;
                return null;
            }
            if (o instanceof Throwable failure) {
                ended = true;
                rethrow(failure);
            }
            batch = (List<SourceRow>) o;
            at = 0;
        }
        return batch.get(at++);
    }

    /** A failure of the reader, as the source threw it (read() hands over no other kind). */
    private static void rethrow(Throwable failure) throws IOException, Unreadable {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof Unreadable e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }

    /** Stops the reader (it ends within one row or one wait) and then closes the source, which only it used. */
    @Override
    public void close() throws IOException {
        closed = true;
        queue.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
