package org.edubrain.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.edubrain.core.supervision.Additions;
import org.edubrain.core.supervision.BalancedEvaluation;
import org.edubrain.core.supervision.BalancedFile;
import org.edubrain.core.supervision.SchoolResources;

/**
 * {@code edubrain supervise balanced --in SCHOOLS.csv --out RESULT.json [--additions ADD.json]}:
 * 资源配置 of 《县域义务教育优质均衡发展督导评估办法》 for the schools of a file, without starting the
 * platform; with {@code --additions}, what each failing county and level would have to add. Exit
 * 0 when evaluated (failing counties included), 2 when the file has invalid rows (each on standard
 * error with its line; nothing written), 1 for anything else.
 */
final class SupervisionCommands {

    static final int REFUSED = 2;

    private SupervisionCommands() {
    }

    static int run(CommandLine cl, java.util.function.Supplier<org.springframework.context.ConfigurableApplicationContext> context,
            PrintStream out, PrintStream err) throws IOException {
        if ("compute".equals(cl.word(1))) {
            return compute(context, out);
        }
        if (!"balanced".equals(cl.word(1))) {
            throw new CommandLine.UsageException(
                    "supervise takes: balanced --in SCHOOLS.csv --out RESULT.json [--additions ADD.json] | compute");
        }
        Path in = Path.of(cl.require("in"));
        Path target = Path.of(cl.require("out")).toAbsolutePath();
        String additionsArg = cl.option("additions");
        if (!Files.isReadable(in)) {
            err.println("edubrain: " + in + ": 文件无法读取 / cannot read the file");
            return Commands.FAILED;
        }
        List<SchoolResources> schools;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(in),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            schools = BalancedFile.read(r);
        } catch (BalancedFile.Invalid e) {
            for (String p : e.problems()) {
                err.println(in + ":" + p);
            }
            err.printf("edubrain: %s: %d 个问题，未写入结果 / %d problems; no result written%n", in, e.problems().size(),
                    e.problems().size());
            return REFUSED;
        } catch (CharacterCodingException e) {
            err.println("edubrain: " + in + ": 不是 UTF-8 编码 / not UTF-8 text");
            return REFUSED;
        }
        BalancedEvaluation evaluation = new BalancedEvaluation();
        BalancedEvaluation.Result result = evaluation.evaluate(schools);
        // both texts first, then the files: nothing is left behind when the additions cannot be found
        String resultText = BalancedFile.json(result);
        List<Additions.CountyPlan> plans = additionsArg == null ? List.of() : new Additions(evaluation).plan(schools);
        String additionsText = additionsArg == null ? null : BalancedFile.json(plans);
        AtomicFile.write(target, resultText);
        if (additionsText != null) {
            AtomicFile.write(Path.of(additionsArg), additionsText);
        }
        for (Additions.CountyPlan p : plans) {
            if (!p.passesAfter()) {
                err.printf("edubrain: %s %s: 找到的补充仍不能使其达标 / the additions found still leave it failing%n", p.county(),
                        p.level().nameZh());
            }
        }
        long failing = result.schools().stream().filter(s -> !s.passes()).count();
        long passing = result.counties().stream().filter(BalancedEvaluation.CountyResult::passes).count();
        out.printf("%s: %d 所学校（%d 所未达标），%d 个区县学段中 %d 个达到资源配置要求 → %s%n"
                        + "%s: %d schools (%d failing); %d of %d county levels meet the resource requirements → %s%n",
                in, schools.size(), failing, result.counties().size(), passing, target,
                in, schools.size(), failing, passing, result.counties().size(), target);
        return Commands.OK;
    }

    /** {@code edubrain supervise compute}: every verdict again, and the latest year's printed per unit. */
    private static int compute(java.util.function.Supplier<org.springframework.context.ConfigurableApplicationContext> context,
            PrintStream out) {
        try (var ctx = context.get()) {
            org.edubrain.app.supervision.CountyEvaluations evaluations = ctx.getBean(org.edubrain.app.supervision.CountyEvaluations.class);
            var r = evaluations.refresh();
            out.printf("已计算 / computed: %d 个区市县、%d 个年度，%d 项结论有变化，%.1f 秒 / %d units, %d years, %d verdicts changed, %.1f s%n",
                    r.units(), r.years(), r.changed(), r.seconds(), r.units(), r.years(), r.changed(), r.seconds());
            out.println("year,district,method,part,status");
            ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                    select e.school_year, o.code, e.method, e.part, e.status from county_evaluation e join org_unit o on o.id = e.org_unit_id
                    where e.school_year = (select max(school_year) from county_evaluation)
                    order by o.code, e.method, e.part = 'overall' desc, e.part
                    """).query((rs, n) -> {
                        out.println(rs.getInt(1) + "," + rs.getString(2) + "," + rs.getString(3) + "," + rs.getString(4) + "," + rs.getString(5));
                        return null;
                    }).list();
            return Commands.OK;
        }
    }
}
