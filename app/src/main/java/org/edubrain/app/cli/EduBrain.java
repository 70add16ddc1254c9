package org.edubrain.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;


/**
 * The one executable: {@code edubrain COMMAND ...}. The launcher script {@code ./edubrain} at the
 * repository root runs this class.
 */
public final class EduBrain {

    private EduBrain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        int code = Commands.run(args, out, err);
        if (code != Commands.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
