package org.edubrain.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.edubrain.app.monitoring.Monitoring;
import org.edubrain.app.monitoring.OrgUnits;
import org.edubrain.app.monitoring.PlanStore;
import org.edubrain.app.monitoring.PlanValues;
import org.edubrain.core.democity.Decimals;
import org.edubrain.core.indicator.Catalogue;
import org.edubrain.core.plan.Plan;
import org.edubrain.core.plan.PlanReader;
import org.edubrain.core.plan.TargetRule;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code edubrain compute} and {@code edubrain plan ...}. */
final class PlanCommands {

    /** Exit status of a plan file refused for its content. */
    static final int REFUSED = 2;

    private PlanCommands() {
    }

    static int compute(ConfigurableApplicationContext ctx, boolean changesOnly, PrintStream out) throws Exception {
        try (ctx) {
            Monitoring monitoring = ctx.getBean(Monitoring.class);
            // the county verdicts first: monitoring counts them (county_evaluations)
            ctx.getBean(org.edubrain.app.supervision.CountyEvaluations.class).refresh();
            Monitoring.Report r = changesOnly ? monitoring.computeChanges() : monitoring.computeAll();
            out.printf("已计算 / computed%s: %,d facts (%.1f s), %,d indicator values (%.1f s)%n",
                    changesOnly ? " (changes only)" : "", r.facts(), r.factSeconds(), r.values(), r.valueSeconds());
            return Commands.OK;
        }
    }

    static int plan(CommandLine cl, Supplier<ConfigurableApplicationContext> context, PrintStream out, PrintStream err)
            throws Exception {
        String sub = cl.word(1);
        if ("check".equals(sub)) {
            Path file = Path.of(require(cl.word(2), "plan check needs a file"));
            try {
                Plan p = PlanReader.read(file.getFileName().toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8),
                        Catalogue.elements());
                out.printf("规划文件可用 / the plan file is valid: %s version %d, %d indicators, %d key projects, %d targets%n",
                        p.code(), p.version(), p.indicators().size(), p.keyProjects().size(), p.targets().size());
                return Commands.OK;
            } catch (PlanReader.Refused e) {
                e.problems().forEach(pr -> err.println(file + ":" + pr.line() + ": " + pr.reason()));
                return REFUSED;
            }
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            PlanStore store = ctx.getBean(PlanStore.class);
            switch (sub == null ? "" : sub) {
                case "load" -> {
                    Path file = Path.of(require(cl.word(2), "plan load needs a file"));
                    try {
                        Plan p = store.load(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8),
                                "cli:" + System.getProperty("user.name"));
                        ctx.getBean(Monitoring.class).computeAll();
                        out.printf("规划已生效 / plan in force: %s version %d%n", p.code(), p.version());
                        return Commands.OK;
                    } catch (PlanReader.Refused e) {
                        e.problems().forEach(pr -> err.println(file + ":" + pr.line() + ": " + pr.reason()));
                        err.println("规划文件未载入，现行版本不变 / the plan file was refused; the version in force stays in force");
                        return REFUSED;
                    }
                }
                case "list" -> {
                    for (Plan p : store.plans()) {
                        out.printf("%s\tversion %d\t%s\t%s–%s%n", p.code(), p.version(), p.titleZh(), p.baselineYear(),
                                p.targetYear());
                    }
                    return Commands.OK;
                }
                case "values" -> {
                    return values(ctx, store, cl, out, err);
                }
                default -> throw new CommandLine.UsageException("plan takes values, check, load or list");
            }
        }
    }

    private static String require(String value, String message) {
        if (value == null) {
            throw new CommandLine.UsageException(message);
        }
        return value;
    }

    private static int values(ConfigurableApplicationContext ctx, PlanStore store, CommandLine cl, PrintStream out,
            PrintStream err) throws Exception {
        int year = (int) cl.number("year", Double.NaN);
        String org = cl.require("org");
        OrgUnits units = ctx.getBean(OrgUnits.class);
        String city = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select code from org_unit where kind = 'city' order by id limit 1").query(String.class).single();
        Plan plan = store.cityPlan(city).orElseThrow(() -> new IllegalStateException("no plan in force for " + city));
        OrgUnits.Unit unit = units.byCode(org, plan.orgUnit());
        if (unit == null) {
            err.println("edubrain: 未知的区划代码 / unknown org unit code: " + org);
            return Commands.USAGE;
        }
        PlanValues values = ctx.getBean(PlanValues.class);
        if (!values.computed(plan.code())) {
            ctx.getBean(Monitoring.class).computeAll();
        }
        Map<String, PlanValues.Value> byIndicator = values.values(plan, unit.id(), year).stream()
                .collect(Collectors.toMap(PlanValues.Value::indicator, Function.identity()));
        out.println("indicator,value,numerator,denominator,baseline,target,status");
        for (Plan.Indicator i : plan.mainIndicators()) {
            PlanValues.Value v = byIndicator.get(i.code());
            String baseline = unit.isPlanUnit() ? i.baselineText() : num(baselineOf(values, plan, i, unit.id()), 4);
            // keep high: not below the unit's own baseline
            String target = i.rule() == TargetRule.KEEP_HIGH ? baseline : i.targetText();
            out.println(String.join(",", List.of(i.code(), num(v == null ? null : v.value(), 4),
                    num(v == null ? null : v.numerator(), 4), num(v == null ? null : v.denominator(), 4),
                    baseline == null ? "" : baseline, target == null ? "" : target, v == null ? "no_data" : v.status())));
        }
        return Commands.OK;
    }

    private static Double baselineOf(PlanValues values, Plan plan, Plan.Indicator i, int unitId) {
        return values.series(plan, i.code(), unitId).stream().filter(v -> v.year() == plan.baselineYear())
                .map(PlanValues.Value::value).findFirst().orElse(null);
    }

    private static String num(Double v, int scale) {
        if (v == null || v.isNaN()) {
            return "";
        }
        String s = Decimals.format(v, scale);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
