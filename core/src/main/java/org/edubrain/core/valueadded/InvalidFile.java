package org.edubrain.core.valueadded;

import java.util.List;

/** An input file that cannot be used, with every problem found ("LINE: COLUMN: message"). */
public final class InvalidFile extends RuntimeException {

    private final List<String> problems;

    public InvalidFile(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
