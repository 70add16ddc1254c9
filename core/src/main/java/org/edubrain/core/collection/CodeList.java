package org.edubrain.core.collection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.edubrain.core.registry.Coded;

/**
 * The values a code column accepts. A cell may hold the code ({@code 1}), its Chinese or English
 * name ({@code 男}, {@code male}) or both as the templates' drop-downs show them ({@code 1 男});
 * files are written with the last form.
 */
public final class CodeList {

    private final String name;
    private final List<Coded.Label> labels;
    private final Map<String, Coded.Label> lookup = new HashMap<>();

    public CodeList(String name, List<Coded.Label> labels) {
        this.name = name;
        this.labels = List.copyOf(labels);
        for (Coded.Label l : this.labels) {
            lookup.put(l.code(), l);
            lookup.putIfAbsent(l.zh(), l);
            lookup.putIfAbsent(l.en().toLowerCase(Locale.ROOT), l);
            lookup.putIfAbsent(shown(l), l);
        }
    }

    /** The code list of a registry enum. */
    public static <E extends Enum<E> & Coded> CodeList of(String name, Class<E> type) {
        List<Coded.Label> labels = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            labels.add(e.label());
        }
        return new CodeList(name, labels);
    }

    /**
     * The same list, also naming each code by another code of it (the national student-registration
     * and fitness systems' grade codes 11–16, 21–23, 31–33 for P1 … S3); an alias never hides a code or name.
     */
    public CodeList withAliases(Map<String, String> aliasToCode) {
        CodeList c = new CodeList(name, labels);
        aliasToCode.forEach((alias, code) -> {
            Coded.Label l = c.lookup.get(code);
            if (l == null || !l.code().equals(code)) {
                throw new IllegalArgumentException(name + ": no code " + code + " for alias " + alias);
            }
            c.lookup.putIfAbsent(alias, l);
        });
        return c;
    }

    public String name() {
        return name;
    }

    public List<Coded.Label> labels() {
        return Collections.unmodifiableList(labels);
    }

    /** The code a cell names, or {@code null} when it names none. */
    public String code(String cell) {
        Coded.Label l = lookup.get(cell);
        if (l == null) {
            l = lookup.get(cell.toLowerCase(Locale.ROOT));
        }
        if (l == null) {
            int space = cell.indexOf(' ');
            if (space > 0) {
                Coded.Label byCode = lookup.get(cell.substring(0, space));
                // "code name" only when the name is this code's
                if (byCode != null && byCode.code().equals(cell.substring(0, space))
                        && (cell.substring(space + 1).strip().equals(byCode.zh())
                                || cell.substring(space + 1).strip().equalsIgnoreCase(byCode.en()))) {
                    l = byCode;
                }
            }
        }
        return l == null ? null : l.code();
    }

    /** How a code is written in a file: "code name". */
    public String shown(String code) {
        Coded.Label l = lookup.get(code);
        return l == null || !l.code().equals(code) ? code : shown(l);
    }

    private static String shown(Coded.Label l) {
        return l.code() + " " + l.zh();
    }
}
