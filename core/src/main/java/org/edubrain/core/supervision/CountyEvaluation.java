package org.edubrain.core.supervision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.registry.Coded;

/**
 * A county's verdict under one of the two 办法, from what each indicator found.
 *
 * <p>《县域义务教育优质均衡发展督导评估办法》: a county passes when 资源配置 passes (every school and
 * every coefficient, {@link BalancedEvaluation}), the 15 政府保障程度 and the 9 教育质量 indicators 「全部达到
 * 要求」, 社会认可度 「达到85%以上」, and none of the vetoes occurred (standards.md §2.3–2.5).
 * 《县域学前教育普及普惠督导评估办法》: the three 普及普惠 indicators, every 政府保障 and 保教质量 indicator,
 * 社会认可度 ≥ 85% and no falsified data (§3).
 *
 * <p>A part with an indicator not yet found (no registry value and no entry) is
 * {@link Status#INCOMPLETE} unless another of its indicators already fails it: a bureau sees what
 * is missing rather than a pass it has not earned. The county's verdict is FAIL when any part
 * fails, else INCOMPLETE when any part is, else PASS.
 */
public final class CountyEvaluation {

    /** A verdict. */
    public enum Status implements Coded {
        PASS("pass", "达标", "pass"), FAIL("fail", "未达标", "fail"), INCOMPLETE("incomplete", "待补充", "incomplete");

        private final Label label;

        Status(String code, String nameZh, String nameEn) {
            this.label = new Label(code, nameZh, nameEn);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /** Where a finding comes from. */
    public enum Source {
        REGISTRY, ENTERED, MISSING
    }

    /**
     * What was found for an indicator.
     *
     * @param value  the figure (registry or entered), null for a finding or when missing
     * @param met    whether the indicator is met (for a veto: whether it did not occur); null when missing
     */
    public record Finding(CountyIndicator indicator, Double value, Boolean met, Source source) {

        /** PASS when met, FAIL when not, INCOMPLETE when nothing was found. */
        public Status status() {
            return met == null ? Status.INCOMPLETE : met ? Status.PASS : Status.FAIL;
        }

        /** A registry figure, or an entry where the registry has none, or nothing. */
        public static Finding of(CountyIndicator k, Double registry, Entry entry) {
            if (k.kind() == CountyIndicator.Kind.REGISTRY && registry != null) {
                return new Finding(k, registry, k.met(registry), Source.REGISTRY);
            }
            if (entry != null) {
                if (k.figure()) {
                    return entry.value() == null ? missing(k) : new Finding(k, entry.value(), k.met(entry.value()), Source.ENTERED);
                }
                return entry.met() == null ? missing(k) : new Finding(k, null, entry.met(), Source.ENTERED);
            }
            return missing(k);
        }

        private static Finding missing(CountyIndicator k) {
            return new Finding(k, null, null, Source.MISSING);
        }
    }

    /** An entered figure or finding (the evidence itself stays with the entry). */
    public record Entry(Double value, Boolean met) {
    }

    /** The verdict of a part: its status and the indicators that fail it or are missing. */
    public record PartResult(CountyPart part, Status status, List<CountyIndicator> failing, List<CountyIndicator> missing) {
    }

    /** The county's verdict: each part's, and the whole. */
    public record Result(CountyMethod method, Map<CountyPart, PartResult> parts, Status status) {
    }

    private CountyEvaluation() {
    }

    /**
     * @param resources for 优质均衡, the 资源配置 verdict (null when the county has no evaluated
     *                  school: INCOMPLETE); ignored for 普及普惠
     * @param findings  what was found for each indicator of the method (a missing key counts as missing)
     */
    public static Result evaluate(CountyMethod method, Boolean resources, Map<CountyIndicator, Finding> findings) {
        Map<CountyPart, PartResult> parts = new EnumMap<>(CountyPart.class);
        for (CountyPart part : method.parts()) {
            if (part == CountyPart.RESOURCES) {
                Status s = resources == null ? Status.INCOMPLETE : resources ? Status.PASS : Status.FAIL;
                parts.put(part, new PartResult(part, s, List.of(), List.of()));
                continue;
            }
            List<CountyIndicator> failing = new ArrayList<>();
            List<CountyIndicator> missing = new ArrayList<>();
            for (CountyIndicator k : CountyIndicator.of(method, part)) {
                Finding f = findings.get(k);
                switch (f == null ? Status.INCOMPLETE : f.status()) {
                    case INCOMPLETE -> missing.add(k);
                    case FAIL -> failing.add(k);
                    case PASS -> {
                    }
                }
            }
            Status s = !failing.isEmpty() ? Status.FAIL : !missing.isEmpty() ? Status.INCOMPLETE : Status.PASS;
            parts.put(part, new PartResult(part, s, List.copyOf(failing), List.copyOf(missing)));
        }
        Status whole = Status.PASS;
        for (PartResult p : parts.values()) {
            if (p.status() == Status.FAIL) {
                whole = Status.FAIL;
                break;
            }
            if (p.status() == Status.INCOMPLETE) {
                whole = Status.INCOMPLETE;
            }
        }
        return new Result(method, parts, whole);
    }
}
