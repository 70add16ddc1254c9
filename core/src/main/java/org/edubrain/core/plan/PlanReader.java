package org.edubrain.core.plan;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.indicator.DataElement;
import org.edubrain.core.indicator.Evaluator;
import org.edubrain.core.indicator.Expression;
import org.edubrain.core.indicator.ExpressionParser;
import org.edubrain.core.indicator.IndicatorDefinition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a plan file (YAML; the format is in docs/monitoring.md) and checks it whole: every
 * formula parses and names known data elements and dimensions, every baseline and target lies in
 * its indicator's range, codes are unique and cross-references resolve. A file with any problem
 * is refused: {@link Refused} lists each problem with the file, the line and the reason.
 */
public final class PlanReader {

    /** One problem of a plan file. */
    public record Problem(String file, int line, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    /** A plan file that cannot be used, with all its problems. */
    public static final class Refused extends RuntimeException {
        private final List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.size() + " problem(s) in the plan file: " + problems.get(0)
                    + (problems.size() > 1 ? " …" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final String file;
    private final Map<String, DataElement> catalogue;
    private final List<Problem> problems = new ArrayList<>();

    private PlanReader(String file, Map<String, DataElement> catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    /**
     * Reads and checks a plan.
     *
     * @param file      the file's name, for the messages
     * @param catalogue the data elements the platform derives; the plan may add its own
     */
    public static Plan read(String file, Reader reader, Map<String, DataElement> catalogue) {
        PlanReader r = new PlanReader(file, catalogue);
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new Refused(List.of(new Problem(file, line, "not valid YAML: " + e.getProblem())));
        } catch (RuntimeException e) {
            throw new Refused(List.of(new Problem(file, 1, "not valid YAML: " + e.getMessage())));
        }
        if (!(root instanceof MappingNode map)) {
            throw new Refused(List.of(new Problem(file, 1, "a plan file is a YAML mapping with plan, indicators, "
                    + "key_projects and targets")));
        }
        Plan plan = r.plan(map);
        if (!r.problems.isEmpty()) {
            throw new Refused(r.problems);
        }
        return plan;
    }

    // ---------------------------------------------------------------- YAML access

    private static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    private void problem(Node at, String reason) {
        problems.add(new Problem(file, at == null ? 1 : line(at), reason));
    }

    private static final Set<String> HEADER_KEYS = Set.of("code", "version", "title_zh", "title_en", "org_unit",
            "baseline_year", "target_year", "source");
    private static final Set<String> ELEMENT_KEYS = Set.of("code", "name_zh", "name_en", "kind", "dimensions");
    private static final Set<String> INDICATOR_KEYS = Set.of("code", "main", "name_zh", "name_en", "section", "definition_zh",
            "definition_en", "numerator", "denominator", "factor", "unit", "range", "baseline", "target", "rule",
            "aggregate_form", "what_if");
    private static final Set<String> FORM_KEYS = Set.of("label_zh", "label_en", "numerator", "denominator", "factor");
    private static final Set<String> WHAT_IF_KEYS = Set.of("lever_zh", "lever_en", "unit_zh", "unit_en",
            "projected_denominator");
    private static final Set<String> PROJECT_KEYS = Set.of("code", "number", "name_zh", "name_en", "line", "summary_en",
            "targets");
    private static final Set<String> TARGET_KEYS = Set.of("code", "text_zh", "text_en", "line", "section", "key_project",
            "quantity", "unit", "comparator", "deadline", "responsible_zh", "measure_hint", "measure");
    private static final Set<String> TOP_KEYS = Set.of("plan", "data_elements", "indicators", "key_projects", "targets");

    /** The fields of a mapping; a key given twice, or one the format does not know, is a problem. */
    private Map<String, Node> fields(MappingNode m, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (out.put(k.getValue(), t.getValueNode()) != null) {
                    problem(k, "'" + k.getValue() + "' is given twice");
                }
                if (allowed != null && !allowed.contains(k.getValue())) {
                    problem(k, "unknown key '" + k.getValue() + "' (known here: " + new java.util.TreeSet<>(allowed) + ")");
                }
            }
        }
        return out;
    }

    private Map<String, Node> mapping(Node n, String what, Set<String> allowed) {
        if (n instanceof MappingNode m) {
            return fields(m, allowed);
        }
        problem(n, what + " must be a mapping");
        return Map.of();
    }

    private List<Node> sequence(Node n, String what) {
        if (n == null) {
            return List.of();
        }
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        problem(n, what + " must be a list");
        return List.of();
    }

    private String text(Map<String, Node> f, String key, Node owner, boolean required) {
        Node n = f.get(key);
        if (n == null) {
            if (required) {
                problem(owner, "'" + key + "' is missing");
            }
            return null;
        }
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(n, "'" + key + "' must be a single value");
        return null;
    }

    /** The line of the plan text an entry quotes ({@code line}), 0 when not given. */
    private int sourceLineOf(Map<String, Node> f, Node owner) {
        Integer line = integer(f, "line", owner, false);
        return line == null ? 0 : line;
    }

    private Integer integer(Map<String, Node> f, String key, Node owner, boolean required) {
        String t = text(f, key, owner, required);
        if (t == null) {
            return null;
        }
        try {
            return Integer.parseInt(t.trim());
        } catch (NumberFormatException e) {
            problem(f.get(key), "'" + key + "' must be a whole number, not '" + t + "'");
            return null;
        }
    }

    private Double number(Map<String, Node> f, String key, Node owner, boolean required) {
        String t = text(f, key, owner, required);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(t.trim());
        } catch (NumberFormatException e) {
            problem(f.get(key), "'" + key + "' must be a number, not '" + t + "'");
            return null;
        }
    }

    private Expression expression(Map<String, Node> f, String key, Node owner, boolean required,
            Map<String, DataElement> elements) {
        String t = text(f, key, owner, required);
        if (t == null) {
            return null;
        }
        Node at = f.get(key);
        try {
            Expression e = ExpressionParser.parse(t);
            for (Evaluator.Problem p : Evaluator.check(e, elements)) {
                problem(at, "'" + key + "': " + p.message() + " (column " + p.column() + ")");
            }
            return e;
        } catch (ExpressionParser.ParseException e) {
            problem(at, "'" + key + "' does not parse: " + e.getMessage());
            return null;
        }
    }

    // ---------------------------------------------------------------- the plan

    private Plan plan(MappingNode root) {
        Map<String, Node> top = fields(root, TOP_KEYS);
        Node header = top.get("plan");
        if (header == null) {
            problem(root, "'plan' is missing");
            throw new Refused(problems);
        }
        Map<String, Node> h = mapping(header, "plan", HEADER_KEYS);
        String code = text(h, "code", header, true);
        Integer version = integer(h, "version", header, true);
        String titleZh = text(h, "title_zh", header, true);
        String titleEn = text(h, "title_en", header, false);
        String orgUnit = text(h, "org_unit", header, true);
        Integer baselineYear = integer(h, "baseline_year", header, true);
        Integer targetYear = integer(h, "target_year", header, true);
        String source = text(h, "source", header, false);
        if (baselineYear != null && targetYear != null && targetYear <= baselineYear) {
            problem(h.get("target_year"), "target_year must come after baseline_year");
        }

        Map<String, DataElement> elements = new LinkedHashMap<>(catalogue);
        List<DataElement> own = new ArrayList<>();
        for (Node n : sequence(top.get("data_elements"), "data_elements")) {
            Map<String, Node> f = mapping(n, "a data element", ELEMENT_KEYS);
            String c = text(f, "code", n, true);
            String kind = text(f, "kind", n, true);
            List<String> dims = new ArrayList<>();
            for (Node d : sequence(f.get("dimensions"), "dimensions")) {
                if (d instanceof ScalarNode s) {
                    dims.add(s.getValue());
                }
            }
            if (c == null || kind == null) {
                continue;
            }
            if (elements.containsKey(c)) {
                problem(n, "data element '" + c + "' is already defined");
                continue;
            }
            DataElement.Kind k;
            try {
                k = DataElement.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(f.get("kind"), "kind must be stock or flow, not '" + kind + "'");
                continue;
            }
            DataElement e = new DataElement(c, text(f, "name_zh", n, false), text(f, "name_en", n, false), k,
                    "returns", dims);
            elements.put(c, e);
            own.add(e);
        }

        List<Plan.Indicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node n : sequence(top.get("indicators"), "indicators")) {
            Plan.Indicator i = indicator(n, elements, null);
            if (i != null) {
                if (!codes.add(i.code())) {
                    problem(n, "indicator code '" + i.code() + "' is used twice");
                }
                indicators.add(i);
            }
        }
        if (indicators.isEmpty()) {
            problem(root, "a plan needs at least one indicator");
        }

        List<Plan.KeyProject> projects = new ArrayList<>();
        Set<String> projectCodes = new HashSet<>();
        for (Node n : sequence(top.get("key_projects"), "key_projects")) {
            Map<String, Node> f = mapping(n, "a key project", PROJECT_KEYS);
            String c = text(f, "code", n, true);
            Integer number = integer(f, "number", n, true);
            List<String> targets = new ArrayList<>();
            for (Node t : sequence(f.get("targets"), "targets")) {
                if (t instanceof ScalarNode s) {
                    targets.add(s.getValue());
                }
            }
            if (c != null && !projectCodes.add(c)) {
                problem(n, "key project code '" + c + "' is used twice");
            }
            projects.add(new Plan.KeyProject(c, number == null ? 0 : number, text(f, "name_zh", n, true),
                    text(f, "name_en", n, false), text(f, "summary_en", n, false), List.copyOf(targets),
                    sourceLineOf(f, n), line(n)));
        }

        List<Plan.Target> targets = new ArrayList<>();
        Set<String> targetCodes = new HashSet<>();
        for (Node n : sequence(top.get("targets"), "targets")) {
            Map<String, Node> f = mapping(n, "a target", TARGET_KEYS);
            String c = text(f, "code", n, true);
            if (c != null && !targetCodes.add(c)) {
                problem(n, "target code '" + c + "' is used twice");
            }
            String keyProject = text(f, "key_project", n, false);
            if (keyProject != null && (keyProject.equals("null") || keyProject.isBlank())) {
                keyProject = null;
            }
            if (keyProject != null && !projectCodes.contains(keyProject)) {
                problem(f.get("key_project"), "unknown key project '" + keyProject + "'");
            }
            String indicatorCode = null;
            Node measure = f.get("measure");
            if (measure != null) {
                Plan.Indicator i = indicator(measure, elements, c);
                if (i != null) {
                    if (!codes.add(i.code())) {
                        problem(measure, "indicator code '" + i.code() + "' is used twice");
                    }
                    indicators.add(i);
                    indicatorCode = i.code();
                }
            }
            Integer deadline = integer(f, "deadline", n, false);
            int sourceLine = sourceLineOf(f, n);
            targets.add(new Plan.Target(c, text(f, "text_zh", n, true), text(f, "text_en", n, false),
                    text(f, "section", n, false), keyProject, number(f, "quantity", n, false), text(f, "unit", n, false),
                    text(f, "comparator", n, false), deadline == null ? (targetYear == null ? 0 : targetYear) : deadline,
                    text(f, "responsible_zh", n, false), text(f, "measure_hint", n, false), indicatorCode,
                    sourceLine, line(n)));
        }
        for (Plan.KeyProject p : projects) {
            for (String t : p.targets()) {
                if (!targetCodes.contains(t)) {
                    problems.add(new Problem(file, p.line(), "key project '" + p.code() + "' lists unknown target '" + t + "'"));
                }
            }
        }
        return new Plan(code, version == null ? 0 : version, titleZh, titleEn, orgUnit,
                baselineYear == null ? 0 : baselineYear, targetYear == null ? 0 : targetYear, source, file,
                List.copyOf(own), List.copyOf(indicators), List.copyOf(projects), List.copyOf(targets));
    }

    private Plan.Indicator indicator(Node n, Map<String, DataElement> elements, String targetCode) {
        Map<String, Node> f = mapping(n, "an indicator", INDICATOR_KEYS);
        String code = text(f, "code", n, targetCode == null);
        if (code == null) {
            code = targetCode;
        }
        Expression numerator = expression(f, "numerator", n, true, elements);
        Expression denominator = expression(f, "denominator", n, false, elements);
        Double factor = number(f, "factor", n, false);
        String rule = text(f, "rule", n, true);
        TargetRule r = null;
        if (rule != null) {
            try {
                r = TargetRule.valueOf(rule.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(f.get("rule"), "rule must be at_least, at_most or keep_high, not '" + rule + "'");
            }
        }
        double min = 0;
        double max = Double.POSITIVE_INFINITY;
        Node range = f.get("range");
        if (range != null) {
            List<Node> bounds = sequence(range, "range");
            if (bounds.size() != 2 || !(bounds.get(0) instanceof ScalarNode a) || !(bounds.get(1) instanceof ScalarNode b)) {
                problem(range, "range must be [lowest, highest]");
            } else {
                try {
                    min = Double.parseDouble(a.getValue());
                    max = Double.parseDouble(b.getValue());
                } catch (NumberFormatException e) {
                    problem(range, "range must hold two numbers");
                }
            }
        }
        Double baseline = number(f, "baseline", n, false);
        Double target = number(f, "target", n, r != null && r != TargetRule.KEEP_HIGH);
        if (baseline != null && (baseline < min || baseline > max)) {
            problem(f.get("baseline"), "baseline " + text(f, "baseline", n, false) + " is outside the indicator's range ["
                    + fmt(min) + ", " + fmt(max) + "]");
        }
        if (target != null && (target < min || target > max)) {
            problem(f.get("target"), "target " + text(f, "target", n, false) + " is outside the indicator's range ["
                    + fmt(min) + ", " + fmt(max) + "]");
        }
        Plan.Form form = null;
        Node af = f.get("aggregate_form");
        if (af != null) {
            Map<String, Node> g = mapping(af, "aggregate_form", FORM_KEYS);
            Expression fn = expression(g, "numerator", af, true, elements);
            Expression fd = expression(g, "denominator", af, false, elements);
            Double ff = number(g, "factor", af, false);
            if (fn != null) {
                form = new Plan.Form(text(g, "label_zh", af, true), text(g, "label_en", af, false),
                        new IndicatorDefinition(code + ".aggregate", fn, fd, ff == null ? 1 : ff,
                                text(g, "numerator", af, false), text(g, "denominator", af, false)));
            }
        }
        Plan.WhatIf whatIf = null;
        Node wi = f.get("what_if");
        if (wi != null) {
            Map<String, Node> g = mapping(wi, "what_if", WHAT_IF_KEYS);
            Expression projected = expression(g, "projected_denominator", wi, true, elements);
            if (projected != null) {
                whatIf = new Plan.WhatIf(text(g, "lever_zh", wi, true), text(g, "lever_en", wi, false), projected,
                        text(g, "unit_zh", wi, false), text(g, "unit_en", wi, false));
            }
        }
        Boolean main = "true".equals(text(f, "main", n, false));
        if (numerator == null || r == null || code == null) {
            return null;
        }
        return new Plan.Indicator(code, main, text(f, "name_zh", n, targetCode == null), text(f, "name_en", n, false),
                text(f, "section", n, false), text(f, "definition_zh", n, false), text(f, "definition_en", n, false),
                new IndicatorDefinition(code, numerator, denominator, factor == null ? 1 : factor,
                        text(f, "numerator", n, false), text(f, "denominator", n, false)),
                text(f, "unit", n, false), min, max, baseline, text(f, "baseline", n, false), target,
                text(f, "target", n, false), r, form, whatIf, null, line(n));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
