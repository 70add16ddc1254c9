package org.edubrain.core.registry;

/**
 * A value of a code list: its code as stored and exchanged, and its names in Chinese and English.
 * The code lists of the registry are enums that implement this.
 */
public interface Coded {

    /** A code with its Chinese and English names. */
    record Label(String code, String zh, String en) {
    }

    Label label();

    /** The code, as stored in the database and written in files. */
    default String code() {
        return label().code();
    }

    default String nameZh() {
        return label().zh();
    }

    default String nameEn() {
        return label().en();
    }

    /** The value of the code list with this code. */
    static <E extends Enum<E> & Coded> E ofCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code: " + code);
    }

    /** The value with this code, or {@code null} when there is none. */
    static <E extends Enum<E> & Coded> E ofCodeOrNull(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        return null;
    }
}
