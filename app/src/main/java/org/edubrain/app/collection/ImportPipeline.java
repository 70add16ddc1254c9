package org.edubrain.app.collection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.Header;
import org.edubrain.core.collection.Problem;
import org.edubrain.core.collection.ProblemSink;
import org.edubrain.core.collection.Row;
import org.edubrain.core.collection.RowParser;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one pipeline behind every way data comes in (upload page, command line, REST file or
 * JSON): read the file as a stream, check every row, stage the good ones with {@code COPY} into a
 * temporary table, check them against each other and the database (duplicates, references,
 * scope, locked periods), then — unless it is a dry run or anything is wrong — merge them into the
 * registry with the history of every changed value, as one submission, in one transaction.
 *
 * <p>All or nothing: a file with any error writes nothing, and an import killed at any point
 * leaves nothing (its transaction, and the temporary table, end with it). Idempotent: rows are
 * matched on their natural key, and a row equal to its record changes nothing.
 */
@Service
public class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

    /**
     * What to import. {@code format} is csv or xlsx (by the file name's extension when null);
     * {@code given} holds values, by column name, for columns the file does not have (the school
     * year and school of a file in the national fitness upload format), checked like its cells.
     */
    public record Request(DataSet set, Path file, String fileName, String format, String encoding, boolean dryRun,
            CurrentUser who, String channel, Map<String, String> given) {

        public Request {
            given = given == null ? Map.of() : Map.copyOf(given);
        }

        public Request(DataSet set, Path file, String fileName, String format, String encoding, boolean dryRun, CurrentUser who,
                String channel) {
            this(set, file, fileName, format, encoding, dryRun, who, channel, Map.of());
        }
    }

    /**
     * What became of it: accepted or not, forbidden (a row outside the submitter's scope, or a
     * data set their role may not submit), the problems (errors and warnings, the first ones
     * listed, all counted), the counts, and the submission when one was made.
     */
    public record Result(DataSet set, boolean accepted, boolean dryRun, boolean forbidden, List<Problem> problems, long errors,
            long warnings, long omitted, long rows, long inserted, long updated, long unchanged, Integer submissionId,
            double seconds) {

        public List<String> lines() {
            return problems.stream().map(Problem::line).toList();
        }
    }

    private final DataSource dataSource;
    private final Map<String, Landing> landings;
    private final CityCodes codes;
    private final CollectionLimits limits;
    private final AuditLog audit;

    ImportPipeline(DataSource dataSource, List<Landing> landings, CityCodes codes, CollectionLimits limits, AuditLog audit) {
        this.dataSource = dataSource;
        this.landings = landings.stream().collect(Collectors.toMap(l -> l.set().name(), Function.identity()));
        this.codes = codes;
        this.limits = limits;
        this.audit = audit;
    }

    /** The same pipeline with other limits (the tests' small row limit). */
    ImportPipeline withLimits(CollectionLimits other) {
        return new ImportPipeline(dataSource, List.copyOf(landings.values()), codes, other, audit);
    }

    Landing landing(DataSet set) {
        return landings.get(set.name());
    }

    /** Whether a role may submit a data set at all (rows are then checked against the scope). */
    public static boolean mayImport(Role role, DataSet set) {
        return switch (role) {
            case CITY_ADMIN -> true;
            case DISTRICT_ADMIN -> true;
            case SCHOOL_ADMIN -> !set.name().equals("population");
            default -> false;
        };
    }

    public Result run(Request req) throws IOException {
        long t0 = System.nanoTime();
        ProblemSink sink = new ProblemSink(limits.problemsKept());
        String file = req.fileName() == null ? req.file().getFileName().toString() : req.fileName();
        DataSet set = req.set();
        if (!mayImport(req.who().role(), set)) {
            sink.add(new Problem(Problem.Severity.ERROR, file, "", 0, "", "", "forbidden",
                    "您的角色（" + req.who().role().nameZh() + "）不能报送" + set.nameZh(),
                    "your role (" + req.who().role().nameEn() + ") may not submit " + set.nameEn()));
            return result(set, sink, req, true, 0, null, null, t0);
        }
        long size = Files.size(req.file());
        if (size > limits.maxFileBytes()) {
            sink.add(new Problem(Problem.Severity.ERROR, file, "", 0, "", "", "too_large",
                    "文件超过 " + (limits.maxFileBytes() >> 20) + " MB 上限，请分批提交",
                    "the file is over the " + (limits.maxFileBytes() >> 20) + " MB limit; submit it in parts"));
            return result(set, sink, req, false, 0, null, null, t0);
        }
        String format = req.format() != null ? req.format().toLowerCase(Locale.ROOT)
                : file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        // (the file is read on a thread of its own, ahead of the checks and the copy: ReadAhead)
        try (TableSource source = new ReadAhead("xlsx".equals(format) ? XlsxSource.open(req.file(), file, limits)
                : CsvSource.open(req.file(), file, req.encoding(), limits.maxRows()))) {
            return run(req, source, file, sink, t0);
        } catch (TableSource.Unreadable e) {
            sink.add(e.problem());
            return result(set, sink, req, false, 0, null, null, t0);
        } catch (SQLException e) {
            throw new IllegalStateException("the import could not be written: " + e.getMessage(), e);
        }
    }

    private Result run(Request req, TableSource source, String file, ProblemSink sink, long t0)
            throws IOException, TableSource.Unreadable, SQLException {
        DataSet set = req.set();
        Landing landing = landing(set);
        TableSource.SourceRow first = source.next();
        while (first != null && RowParser.blank(first.cells())) {
            first = source.next();
        }
        if (first == null) {
            sink.add(new Problem(Problem.Severity.ERROR, file, source.sheet(), 0, "", "", "empty_file", "文件为空", "the file is empty"));
            return result(set, sink, req, false, 0, null, null, t0);
        }
        Header header = Header.read(set, first.cells(), file, source.sheet(), sink, req.given());
        if (header == null) {
            return result(set, sink, req, false, 0, null, null, t0);
        }
        RowParser parser = new RowParser(set, header, codes.current(), file, source.sheet(), sink);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Staged staged = new Staged(c, set, req.who(), sink, file, source.sheet(), limits.problemsKept());
                staged.exec("set local work_mem = '256MB'");
                // an accepted submission is on disk when the submitter is told so (the server's default
                // lets a commit return before its WAL is flushed)
                staged.exec("set local synchronous_commit = on");
                // one import of a data set at a time: natural keys are matched and new ids taken without races
                staged.count("select count(*) from (select pg_advisory_xact_lock(hashtext('edubrain.import.' || ?))) x", set.name());
                staged.exec("create temp table stage (" + stagingColumns(set) + ") on commit drop");
                Phases phases = new Phases();
                long rows = stage(c, set, landing, staged, source, header, parser, first.number(), sink, file);
                phases.done("read+copy");
                if (rows == 0 && sink.errors() == 0) {
                    sink.add(new Problem(Problem.Severity.ERROR, file, source.sheet(), 0, "", "", "no_rows", "文件没有数据行",
                            "the file has no data rows"));
                }
                keepAbsentColumns(staged, landing, header);
                staged.exec("analyze stage");
                genericChecks(staged, landing);
                landing.check(staged);
                phases.done("checks");
                if (sink.errors() > 0) {
                    c.rollback();
                    boolean forbidden = sink.problems().stream().anyMatch(p -> p.error() && p.rule().equals("out_of_scope"));
                    return result(set, sink, req, forbidden, rows, null, null, t0);
                }
                Staged.Counts counts = landing.count(staged);
                phases.done("count");
                if (req.dryRun()) {
                    log.info("Dry run of {}: {} rows, {}", set.name(), rows, phases);
                    c.rollback();
                    return result(set, sink, req, false, rows, counts, null, t0);
                }
                int submission = submission(staged, req, file, rows, counts);
                if (counts.inserted() + counts.updated() > 0) {
                    // (a file equal to the registry changes nothing: the submission is its only trace)
                    landing.merge(staged, submission);
                }
                phases.done("merge");
                DataVersion.bump(c);
                c.commit();
                phases.done("commit");
                DataVersion.changed();
                audit.record(req.who().username(), "submission." + set.name(), "submission", String.valueOf(submission),
                        Map.of("rows", rows, "inserted", counts.inserted(), "updated", counts.updated(), "channel", req.channel()),
                        null);
                log.info("Submission {} of {}: {} rows ({} new, {} changed, {} unchanged) by {}; {}", submission, set.name(), rows,
                        counts.inserted(), counts.updated(), counts.unchanged(), req.who().username(), phases);
                return result(set, sink, req, false, rows, counts, submission, t0);
            } catch (SQLException | RuntimeException | IOException | TableSource.Unreadable e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Seconds spent in each phase of an import, for the log and the benchmark. */
    static final class Phases {
        private final StringBuilder text = new StringBuilder();
        private long t = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(phase).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f s", (now - t) / 1e9));
            t = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The staging table's columns: the row's number, then one per data set column with its SQL type. */
    static String stagingColumns(DataSet set) {
        StringBuilder sb = new StringBuilder("row_no integer not null");
        for (Column col : set.columns()) {
            sb.append(", ").append(col.name()).append(' ').append(switch (col.type()) {
                case TEXT, CODE -> "text";
                case INTEGER -> "bigint";
                case DECIMAL, SECONDS -> "numeric";
                case DATE -> "date";
                case BOOLEAN -> "boolean";
            });
        }
        return sb.toString();
    }

    private long stage(Connection c, DataSet set, Landing landing, Staged staged, TableSource source, Header header,
            RowParser parser, int headerRow, ProblemSink sink, String file) throws SQLException, IOException, TableSource.Unreadable {
        CopyRows copy = new CopyRows(c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy stage from stdin"));
        Object[] staged1 = new Object[set.columns().size()];
        boolean secondRow = true;
        long seen = 0;
        try {
            for (TableSource.SourceRow r; (r = source.next()) != null; ) {
                if (secondRow && r.number() == headerRow + 1 && header.isEnglishHeaderRow(r.cells())) {
                    secondRow = false;
                    continue;
                }
                secondRow = false;
                if (RowParser.blank(r.cells())) {
                    continue;
                }
                seen++;
                boolean formula = false;
                for (int cell : r.formulaCells()) {
                    formula = true;
                    sink.add(new Problem(Problem.Severity.ERROR, file, source.sheet(), r.number(), columnAt(set, header, cell), "",
                            "formula", "单元格含公式，请复制后“粘贴为数值”再提交", "the cell holds a formula; paste it as values first"));
                }
                Row row = parser.parse(r.cells(), r.number());
                if (row == null || formula) {
                    continue;
                }
                landing.checkRow(row, staged);
                if (row.failed()) {
                    continue;
                }
                for (int i = 0; i < staged1.length; i++) {
                    staged1[i] = landing.stagedValue(row, i);
                }
                copy.row(r.number(), staged1);
            }
            copy.end();
        } catch (SQLException | IOException | TableSource.Unreadable | RuntimeException e) {
            try {
                copy.end();
            } catch (SQLException ignored) {
                // the transaction is rolled back by the caller
            }
            throw e;
        }
        return seen;
    }

    /**
     * Upsert semantics for a file without some optional columns: a column the file does not have
     * keeps the record's value (an empty cell in a column the file has empties it). The staged
     * rows take those values from the records they match, read as an export reads them.
     */
    private static void keepAbsentColumns(Staged s, Landing landing, Header header) throws SQLException {
        DataSet set = s.set;
        List<String> absent = new java.util.ArrayList<>();
        for (int i = 0; i < set.columns().size(); i++) {
            String name = set.columns().get(i).name();
            if (header.cellOf(i) < 0 && header.given(i) == null && !set.key().contains(name)) {
                absent.add(name);
            }
        }
        if (absent.isEmpty()) {
            return;
        }
        String records = landing.exportQuery(new ExportScope(org.edubrain.app.security.OrgScope.orgUnit(0, true, ""), null))
                .replaceFirst("(?is)\\s+order\\s+by[^)]*$", "");
        String names = set.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        s.exec("update stage s set (" + String.join(", ", absent) + ") = row("
                + absent.stream().map(n -> "x." + n).collect(Collectors.joining(", ")) + ") from (" + records + ") x(" + names
                + ") where " + set.key().stream().map(k -> "s." + k + " = x." + k).collect(Collectors.joining(" and ")));
    }

    private static String columnAt(DataSet set, Header header, int cell) {
        for (int i = 0; i < set.columns().size(); i++) {
            if (header.cellOf(i) == cell) {
                return set.columns().get(i).headerZh();
            }
        }
        return "";
    }

    private void genericChecks(Staged s, Landing landing) throws SQLException {
        DataSet set = s.set;
        String key = String.join(", ", set.key().stream().map(k -> "coalesce(" + k + "::text, '')").toList());
        String keyHeaders = String.join("、", set.key().stream().map(k -> set.column(k).headerZh()).toList());
        String keyHeadersEn = String.join(", ", set.key().stream().map(k -> set.column(k).headerEn()).toList());
        s.report("""
                with d as (select %1$s as k, min(row_no) as first_row from stage group by %1$s having count(*) > 1)
                select s.row_no, s.%2$s as value, d.first_row as detail from stage s join d on d.k = (%1$s)
                where s.row_no <> d.first_row
                """.formatted("(" + key + ")", set.key().get(0)), set.key().get(0), Problem.Severity.ERROR, "duplicate_key",
                "与第{detail}行重复（" + keyHeaders + "相同）", "duplicates row {detail} (same " + keyHeadersEn + ")");
        if (!landing.byInstitution()) {
            return;
        }
        String date = "make_date(cast(s." + set.period() + " as integer), 9, 1)";
        s.report("""
                select s.row_no, s.institution as value from stage s
                where not exists (select 1 from institution i where i.code = s.institution)
                """, "institution", Problem.Severity.ERROR, "unknown_institution", "没有这个学校标识码的学校",
                "no institution has this code");
        if (!s.who.scope().cityWide()) {
            s.report("select s.row_no, s.institution as value from stage s join institution i on i.code = s.institution where not "
                    + s.scopeCondition("i.id", date), "institution", Problem.Severity.ERROR, "out_of_scope",
                    "该学校不在您的管理范围（" + s.who.scope().label() + "）内（403）",
                    "the institution is outside your scope (" + s.who.scope().label() + ") (403)");
        }
        s.report("""
                select s.row_no, s.institution as value, case l.level when 'city' then '市级' else '区级' end as detail
                from stage s join institution i on i.code = s.institution
                join period_lock l on l.data_set = ? and l.institution_id = i.id and l.year = s.%s
                """.formatted(set.period()), "institution", Problem.Severity.ERROR, "period_locked",
                "该学校本学年的数据已经{detail}审核通过并锁定，需由上级重新开放后才能修改",
                "this institution's data for the year was approved and locked ({detail}); a higher level must reopen it first",
                set.name());
    }

    private static int submission(Staged s, Request req, String file, long rows, Staged.Counts counts) throws SQLException, IOException {
        String institutions = s.set.index("institution") >= 0
                ? "coalesce((select array_agg(distinct i.id) from stage x join institution i on i.code = x.institution), '{}')"
                : s.set.name().equals("institutions")
                        ? "coalesce((select array_agg(distinct i.id) from stage x join institution i on i.code = x.code), '{}')"
                        : "'{}'";
        String years = s.set.period() == null ? "'{}'" : "coalesce((select array_agg(distinct cast(" + s.set.period()
                + " as smallint)) from stage), '{}')";
        try (PreparedStatement ps = s.connection.prepareStatement("""
                insert into submission (data_set, file_name, file_sha256, channel, submitted_by, scope_org_unit_id,
                    scope_institution_id, years, institutions, rows_total, rows_inserted, rows_updated, rows_unchanged, warnings)
                values (?, ?, ?, ?, ?, ?, ?, %s, %s, ?, ?, ?, ?, ?) returning id
                """.formatted(years, institutions))) {
            ps.setString(1, s.set.name());
            ps.setString(2, file);
            ps.setString(3, sha256(req.file()));
            ps.setString(4, req.channel());
            ps.setString(5, req.who().username());
            ps.setObject(6, req.who().scope().orgUnitId());
            ps.setObject(7, req.who().scope().institutionId());
            ps.setLong(8, rows);
            ps.setLong(9, counts.inserted());
            ps.setLong(10, counts.updated());
            ps.setLong(11, counts.unchanged());
            ps.setLong(12, s.sink.warnings());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result result(DataSet set, ProblemSink sink, Request req, boolean forbidden, long rows, Staged.Counts counts,
            Integer submission, long t0) {
        boolean accepted = sink.errors() == 0;
        return new Result(set, accepted, req.dryRun(), forbidden, sink.problems(), sink.errors(), sink.warnings(), sink.omitted(),
                rows, counts == null ? 0 : counts.inserted(), counts == null ? 0 : counts.updated(),
                counts == null ? 0 : counts.unchanged(), submission, (System.nanoTime() - t0) / 1e9);
    }
}
