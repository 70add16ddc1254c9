package org.edubrain.core.collection;

/**
 * Text cells and spreadsheet formula injection (OWASP "CSV injection"): a text value that begins
 * with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return) is written with a
 * leading apostrophe, so that a spreadsheet shows it as text instead of running it; reading
 * removes that apostrophe again, so that export → import → export is the identity.
 */
public final class Cells {

    private Cells() {
    }

    static boolean risky(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static String afterApostrophes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return s.substring(i);
    }

    /** The text as written to a file. */
    public static String neutralise(String s) {
        if (s == null) {
            return null;
        }
        return risky(afterApostrophes(s)) ? "'" + s : s;
    }

    /** The text as read from a file. */
    public static String restore(String s) {
        // neutralise added exactly one apostrophe before any run of them that precedes a risky
        // character, so one comes off again
        return s != null && s.startsWith("'") && risky(afterApostrophes(s)) ? s.substring(1) : s;
    }
}
