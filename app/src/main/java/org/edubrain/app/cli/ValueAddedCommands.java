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
import java.util.Map;
import java.util.function.Supplier;

import org.edubrain.app.valueadded.GrowthResults;
import org.springframework.context.ConfigurableApplicationContext;

import org.edubrain.core.shared.CsvText;
import org.edubrain.core.valueadded.GrowthPercentiles.Growth;
import org.edubrain.core.valueadded.InvalidFile;
import org.edubrain.core.valueadded.KnotsBoundaries;
import org.edubrain.core.valueadded.LongFile;
import org.edubrain.core.valueadded.LongRun;

/**
 * {@code edubrain valueadded sgp --in LONG.csv --year YEAR --out OUT.csv [--knots KNOTS.csv]
 * [--schools SCHOOLS.csv]}: student growth percentiles of YEAR as the R package SGP 2.2.0.0 computes
 * them (docs/valueadded.md), without starting the platform. Output header
 * {@code ID,CONTENT_AREA,YEAR,GRADE,SGP,SGP_ORDER_1,SGP_ORDER_2}; with {@code --schools} the school
 * medians, header {@code SCHOOL_NUMBER,CONTENT_AREA,YEAR,MEDIAN_SGP,COUNT}. What was left out is
 * counted on standard error. Exit 0 computed, 2 when an input cannot be used (each problem on
 * standard error with its line; nothing written), 1 anything else.
 */
final class ValueAddedCommands {

    static final String USAGE = "valueadded takes: sgp --in LONG.csv --year YEAR --out OUT.csv [--knots KNOTS.csv] [--schools SCHOOLS.csv]"
            + " | compute [--year Y]";
    static final String STUDENT_HEADER = "ID,CONTENT_AREA,YEAR,GRADE,SGP,SGP_ORDER_1,SGP_ORDER_2";
    static final String SCHOOL_HEADER = "SCHOOL_NUMBER,CONTENT_AREA,YEAR,MEDIAN_SGP,COUNT";

    private ValueAddedCommands() {
    }

    static int run(CommandLine cl, Supplier<ConfigurableApplicationContext> context, PrintStream out, PrintStream err)
            throws Exception {
        if ("compute".equals(cl.word(1))) {
            try (ConfigurableApplicationContext ctx = context.get()) {
                GrowthResults results = ctx.getBean(GrowthResults.class);
                String year = cl.option("year");
                GrowthResults.Run r = year == null ? results.computeLatest() : results.compute(Integer.parseInt(year));
                if (r == null) {
                    err.println("edubrain: 数据库中没有学业水平测试成绩 / no exam results in the database");
                    return Commands.FAILED;
                }
                out.printf("%d 学年：%,d 条成绩，%,d 个增长百分位，%.1f 秒 / %d: %,d exam results, %,d growth percentiles, %.1f s%n",
                        r.year(), r.results(), r.percentiles(), r.seconds(), r.year(), r.results(), r.percentiles(), r.seconds());
                return Commands.OK;
            }
        }
        if (!"sgp".equals(cl.word(1))) {
            throw new CommandLine.UsageException(USAGE);
        }
        Path in = Path.of(cl.require("in"));
        String year = cl.require("year");
        Path target = Path.of(cl.require("out"));
        String knotsArg = cl.option("knots");
        String schoolsArg = cl.option("schools");
        for (Path p : knotsArg == null ? List.of(in) : List.of(in, Path.of(knotsArg))) {
            if (!Files.isReadable(p)) {
                err.println("edubrain: " + p + ": 文件无法读取 / cannot read the file");
                return Commands.FAILED;
            }
        }
        long started = System.nanoTime();
        long read = started;
        Path reading = in;
        LongRun.Output result;
        try {
            Map<KnotsBoundaries.Key, KnotsBoundaries> knots = null;
            if (knotsArg != null) {
                reading = Path.of(knotsArg);
                knots = KnotsBoundaries.read(Files.readAllLines(reading, StandardCharsets.UTF_8));
            }
            reading = in;
            List<LongFile.Record> records;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(in),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
                records = LongFile.read(r, schoolsArg != null);
            }
            read = System.nanoTime();
            result = LongRun.run(records, year, knots, Runtime.getRuntime().availableProcessors());
        } catch (InvalidFile e) {
            for (String p : e.problems()) {
                err.println(reading + ":" + p);
            }
            err.printf("edubrain: %s: %d 个问题，未写入结果 / %d problems; no result written%n", reading, e.problems().size(),
                    e.problems().size());
            return SupervisionCommands.REFUSED;
        } catch (CharacterCodingException | java.io.UncheckedIOException e) {
            err.println("edubrain: " + reading + ": 不是 UTF-8 编码 / not UTF-8 text");
            return SupervisionCommands.REFUSED;
        }
        // both texts first, then the files
        String students = students(result.growth());
        String schools = schoolsArg == null ? null : schools(result.schools());
        AtomicFile.write(target, students);
        if (schools != null) {
            AtomicFile.write(Path.of(schoolsArg), schools);
        }
        LongRun.Summary s = result.summary();
        long computed = System.nanoTime();
        long readMs = (read - started) / 1_000_000;
        long ms = (computed - read) / 1_000_000;
        err.printf("%s: 读入 %,d 条记录；未采用：非 VALID_CASE %,d 条，无成绩 %,d 条，同一学生同科同年重复 %,d 条。%s 年有成绩的 %,d 条中 %,d 条得到增长百分位，"
                        + "%,d 条没有（最低年级或上一年无成绩）；%d 个分析，%d 个系数矩阵；读取 %,d ms，计算 %,d ms%n"
                        + "%s: %,d records read; left out: %,d not VALID_CASE, %,d without a score, %,d repeating a student in a content "
                        + "area and year. Of %,d scored records in %s, %,d have a growth percentile and %,d have none (lowest grade, or no "
                        + "score the year before); %d analyses, %d coefficient matrices; read in %,d ms, computed in %,d ms%n",
                in, s.records(), s.invalidCase(), s.withoutScore(), s.repeated(), year, s.currentYearScored(), s.withGrowth(),
                s.currentWithoutGrowth(), s.analyses(), s.models(), readMs, ms,
                in, s.records(), s.invalidCase(), s.withoutScore(), s.repeated(), s.currentYearScored(), year, s.withGrowth(),
                s.currentWithoutGrowth(), s.analyses(), s.models(), readMs, ms);
        out.printf("%s → %s%s%n", in, target.toAbsolutePath(), schoolsArg == null ? "" : ", " + Path.of(schoolsArg).toAbsolutePath());
        return Commands.OK;
    }

    static String students(List<Growth> growth) {
        StringBuilder b = new StringBuilder(growth.size() * 40).append(STUDENT_HEADER).append('\n');
        for (Growth g : growth) {
            CsvText.appendEscaped(b, g.id());
            b.append(',');
            CsvText.appendEscaped(b, g.contentArea());
            b.append(',');
            CsvText.appendEscaped(b, g.year());
            b.append(',').append(g.grade()).append(',').append(g.sgp()).append(',');
            for (int k = 1; k <= 2; k++) {
                if (g.order(k) > 0) {
                    b.append(g.order(k));
                }
                b.append(k == 1 ? "," : "\n");
            }
        }
        return b.toString();
    }

    static String schools(List<LongRun.SchoolMedian> medians) {
        StringBuilder b = new StringBuilder().append(SCHOOL_HEADER).append('\n');
        for (LongRun.SchoolMedian m : medians) {
            CsvText.appendEscaped(b, m.school());
            b.append(',');
            CsvText.appendEscaped(b, m.contentArea());
            b.append(',');
            CsvText.appendEscaped(b, m.year());
            b.append(',');
            double v = m.median();
            b.append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
            b.append(',').append(m.count()).append('\n');
        }
        return b.toString();
    }
}
