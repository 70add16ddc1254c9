package org.edubrain.core.registry;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Citizen identification numbers (公民身份号码) under GB 11643-1999: a six-digit address code,
 * an eight-digit birth date, a three-digit sequence code (odd for men, even for women) and a
 * check character.
 *
 * <p>GB 11643-1999 §8.2 (ISO 7064:1983 MOD 11-2): the check character a1 satisfies
 * Σ(ai × Wi) ≡ 1 (mod 11) for i = 1..18, with weights Wi = 2^(i−1) mod 11 counted from the
 * right; a check value of 10 is written {@code X}.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("17 digits needed");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("digit expected at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Builds an 18-character number from its parts, with the check character. */
    public static String compose(String addressCode, LocalDate birthDate, int sequence) {
        if (addressCode.length() != 6 || sequence < 0 || sequence > 999 || birthDate.getYear() < 1000
                || birthDate.getYear() > 9999) {
            throw new IllegalArgumentException("address code of 6 digits, a four-digit birth year and sequence 0–999 needed");
        }
        StringBuilder sb = new StringBuilder(18).append(addressCode);
        int y = birthDate.getYear();
        int m = birthDate.getMonthValue();
        int d = birthDate.getDayOfMonth();
        sb.append(y);
        if (m < 10) {
            sb.append('0');
        }
        sb.append(m);
        if (d < 10) {
            sb.append('0');
        }
        sb.append(d);
        if (sequence < 100) {
            sb.append('0');
        }
        if (sequence < 10) {
            sb.append('0');
        }
        sb.append(sequence);
        return sb.append(checkCharacter(sb)).toString();
    }

    /** Whether the number has 18 characters, a real birth date and a correct check character. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return false;
            }
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return Character.toUpperCase(id.charAt(17)) == checkCharacter(id);
    }

    /** Shows an ID number with its birth date and sequence hidden: the first and last four characters stay. */
    public static String mask(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
