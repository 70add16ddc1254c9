package org.edubrain.core.collection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems of one submission: all are counted, the first {@code limit} kept (a file with a
 * million bad rows must not fill the memory with a million messages).
 */
public final class ProblemSink {

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    public ProblemSink(int limit) {
        this.limit = limit;
    }

    public synchronized void add(Problem p) {
        if (p.error()) {
            errors++;
        } else {
            warnings++;
        }
        if (kept.size() < limit) {
            kept.add(p);
        }
    }

    public synchronized List<Problem> problems() {
        return Collections.unmodifiableList(new ArrayList<>(kept));
    }

    public synchronized long errors() {
        return errors;
    }

    public synchronized long warnings() {
        return warnings;
    }

    /** How many were counted but not kept. */
    public synchronized long omitted() {
        return errors + warnings - kept.size();
    }

    public int limit() {
        return limit;
    }
}
