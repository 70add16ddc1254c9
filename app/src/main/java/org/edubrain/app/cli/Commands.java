package org.edubrain.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edubrain.app.EduBrainApplication;
import org.edubrain.app.democity.DemoCityLoader;
import org.edubrain.app.security.ApiTokens;
import org.edubrain.app.security.AuditLog;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.edubrain.core.democity.CsvRecordSink;
import org.edubrain.core.democity.DemoCity;
import org.edubrain.core.democity.DemoCityGenerator;
import org.edubrain.core.democity.DemoTable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The commands of {@code edubrain}. Commands that need the database start the application
 * without its web server, on the same embedded PostgreSQL and data directory as the server (or
 * the external database configured with {@code SPRING_DATASOURCE_URL}).
 */
public final class Commands {

    /** Returned by {@code serve}: the process keeps running. */
    public static final int KEEP_RUNNING = -1;
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 64;

    static final Set<String> FLAGS = Set.of("demo", "dry-run", "help", "password-stdin", "changes", "english");

    static final String USAGE_TEXT = """
            EduBrain 教育智脑 — usage:
              edubrain serve [--demo] [--demo-scale S] [--port N] [--data-dir DIR]
                  start the platform (http://localhost:8080); --demo loads the demo city first time
              edubrain demo load [--scale S] [--data-dir DIR]
                  load the demo city into the database if it is not there (all or nothing)
              edubrain demo export --scale S --out DIR [--seed N]
                  write the demo city's records as CSV files, one per table
              edubrain demo status [--data-dir DIR]
              edubrain db migrate [--data-dir DIR]
                  bring the database schema up to date
              edubrain user add NAME --role ROLE --scope CODE [--display-name TEXT]   (password on standard input)
              edubrain user password NAME                                            (password on standard input)
              edubrain user list
              edubrain user token NAME --label TEXT [--days N]    issue an API token (printed once); N: 1–366, 90 by default
              edubrain user tokens [NAME] | user revoke-token ID
              edubrain import DATASET FILE [--dry-run] [--user NAME] [--encoding ENC] [--format csv|xlsx]
                                          [--school-year Y] [--institution CODE]
                  check a file and import it whole or not at all (exit 0 accepted, 2 refused: one line per
                  problem as FILE:SHEET:ROW:COLUMN: RULE: message, 1 anything else); --school-year and
                  --institution give the year and school of a file without those columns (the national
                  fitness upload format)
              edubrain export DATASET --format csv|xlsx --out FILE [--year Y] [--english] [--user NAME]
              edubrain template DATASET --format csv|xlsx --out FILE [--english]
                  DATASET: institutions, learners, teachers, classes, facilities, population, aggregates, fitness;
                  --user: act as that user (password from EDUBRAIN_PASSWORD or standard input)
              edubrain fitness score --in IN.csv --out OUT.csv
                  score students' results under 国家学生体质健康标准 (2014): one row of scores per row of results
                  (exit 0 scored, rows with problems included; 2 not a results file; 1 anything else)
              edubrain supervise balanced --in SCHOOLS.csv --out RESULT.json [--additions ADD.json]
                  资源配置 of 县域义务教育优质均衡 (教督〔2017〕6号): each school's seven values and verdict, each
                  county's coefficients; --additions: what a failing county would have to add
                  (exit 0 evaluated; 2 invalid rows, listed on standard error, nothing written; 1 anything else)
              edubrain supervise compute
                  the whole county evaluations (优质均衡 and 普及普惠) of every district and year in the database,
                  from the registry and the findings entered with evidence; prints the verdicts of the latest year
              edubrain valueadded sgp --in LONG.csv --year YEAR --out OUT.csv [--knots KNOTS.csv] [--schools SCHOOLS.csv]
                  student growth percentiles (增值评价) of YEAR as R package SGP 2.2.0.0 computes them, from results in
                  the long format (VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE[,SCHOOL_NUMBER,SCHOOL_ENROLLMENT_STATUS]);
                  --knots: knots and boundaries per content area and grade (else derived from the data);
                  --schools: each school's median SGP and count (exit 0 computed; 2 an input that cannot be used,
                  problems on standard error, nothing written; 1 anything else)
              edubrain valueadded compute [--year Y]
                  compute the growth percentiles of the exam results in the database (the latest year by default)
              edubrain compute [--changes]
                  derive every fact and indicator value again (--changes: only what changed since the last time)
              edubrain plan values --year Y --org CODE
                  the main indicators of the plan for an org unit and year, as CSV on standard output
              edubrain plan check FILE | plan load FILE | plan list
                  check a plan file, or load it as the version in force (a refused file changes nothing)
                  ROLE: city_admin, district_admin, school_admin, supervisor, analyst;
                  CODE: an org unit's code (210211) or, for school_admin, an institution's 学校标识码
            The database: embedded PostgreSQL in DIR/pg (DIR = --data-dir, EDUBRAIN_DATA_DIR or ./data),
            or an external one given by SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD.
            """;

    private Commands() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, FLAGS);
        } catch (CommandLine.UsageException e) {
            err.println("edubrain: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = cl.word(0);
        try {
            if (command == null || command.equals("help") || cl.has("help")) {
                out.print(USAGE_TEXT);
                return command == null ? USAGE : OK;
            }
            return switch (command) {
                case "serve" -> serve(cl);
                case "demo" -> demo(cl, out, err);
                case "db" -> db(cl, out);
                case "user" -> user(cl, out, err);
                case "compute" -> PlanCommands.compute(context(cl), cl.has("changes"), out);
                case "plan" -> PlanCommands.plan(cl, () -> context(cl), out, err);
                case "import" -> collection(() -> CollectionCommands.importFile(cl, () -> context(cl), out, err), err);
                case "export" -> collection(() -> CollectionCommands.export(cl, () -> context(cl), err, false), err);
                case "template" -> collection(() -> CollectionCommands.export(cl, () -> context(cl), err, true), err);
                case "fitness" -> FitnessCommands.run(cl, out, err);
                case "supervise" -> SupervisionCommands.run(cl, () -> context(cl), out, err);
                case "valueadded" -> ValueAddedCommands.run(cl, () -> context(cl), out, err);
                default -> {
                    err.println("edubrain: unknown command '" + command + "'");
                    err.print(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (CommandLine.UsageException e) {
            err.println("edubrain: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (DemoCityLoader.Refused e) {
            err.println("edubrain: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("edubrain: " + rootMessage(e));
            return FAILED;
        }
    }

    /** The collection commands' contract: 1 for anything but accepted (0) or refused for content (2). */
    private static int collection(java.util.concurrent.Callable<Integer> command, PrintStream err) {
        try {
            return command.call();
        } catch (CommandLine.UsageException e) {
            err.println("edubrain: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("edubrain: " + rootMessage(e));
            return FAILED;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }

    /** Settings every command passes to the application. */
    private static List<String> springArgs(CommandLine cl) {
        List<String> a = new ArrayList<>();
        String dataDir = cl.option("data-dir");
        if (dataDir == null) {
            dataDir = System.getenv("EDUBRAIN_DATA_DIR");
        }
        if (dataDir != null && !dataDir.isBlank()) {
            a.add("--edubrain.data-dir=" + Path.of(dataDir).toAbsolutePath());
        }
        return a;
    }

    private static int serve(CommandLine cl) {
        List<String> a = springArgs(cl);
        if (cl.has("port")) {
            a.add("--server.port=" + (int) cl.number("port", 8080));
        }
        if (cl.has("demo")) {
            a.add("--edubrain.demo.load-on-start=true");
            a.add("--edubrain.demo.scale=" + cl.number("demo-scale", 1));
        }
        new SpringApplicationBuilder(EduBrainApplication.class).run(a.toArray(String[]::new));
        return KEEP_RUNNING;
    }

    /** Starts the application without a web server, for a command that needs the database. */
    static ConfigurableApplicationContext context(CommandLine cl) {
        List<String> a = springArgs(cl);
        a.add("--spring.main.banner-mode=off");
        a.add("--spring.main.log-startup-info=false");
        a.add("--logging.level.root=WARN");
        a.add("--logging.level.org.edubrain=INFO");
        a.add("--logging.pattern.console=%d{HH:mm:ss} %msg%n");
        a.add("--edubrain.log-target=System.err");
        return new SpringApplicationBuilder(EduBrainApplication.class).web(WebApplicationType.NONE)
                .run(a.toArray(String[]::new));
    }

    private static int demo(CommandLine cl, PrintStream out, PrintStream err) throws Exception {
        String sub = cl.word(1);
        if ("export".equals(sub)) {
            double scale = cl.number("scale", Double.NaN);
            if (Double.isNaN(scale)) {
                throw new CommandLine.UsageException("demo export needs --scale");
            }
            Path dir = Path.of(cl.require("out"));
            long seed = (long) cl.number("seed", DemoCityGenerator.DEFAULT_SEED);
            long t0 = System.nanoTime();
            DemoCity city = DemoCityGenerator.generate(scale, seed);
            city.writeTo(new CsvRecordSink(dir));
            out.printf("示范城市已导出 / demo city exported: scale %s, %d tables in %s (%.1f s)%n", fmt(scale),
                    DemoTable.values().length, dir.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
            city.counts().forEach((t, n) -> out.printf("  %-22s %,d%n", t.tableName(), n));
            return OK;
        }
        if ("load".equals(sub)) {
            double scale = cl.number("scale", 1);
            try (ConfigurableApplicationContext ctx = context(cl)) {
                DemoCityLoader loader = ctx.getBean(DemoCityLoader.class);
                out.printf("载入示范城市（规模 %s）… / loading the demo city (scale %s)…%n", fmt(scale), fmt(scale));
                DemoCityLoader.Outcome o = loader.load(scale);
                if (o.loaded()) {
                    out.printf("%s / %s: %.1f s%n", o.messageZh(), o.messageEn(), o.seconds());
                    o.rows().forEach((t, n) -> out.printf("  %-22s %,d%n", t, n));
                } else {
                    out.printf("%s / %s%n", o.messageZh(), o.messageEn());
                }
                return OK;
            }
        }
        if ("status".equals(sub)) {
            try (ConfigurableApplicationContext ctx = context(cl)) {
                var d = ctx.getBean(DemoCityLoader.class).current();
                if (d.isEmpty()) {
                    out.println("数据库中没有示范城市 / no demo city in the database");
                } else {
                    out.printf("示范城市 / demo city: scale %s, seed %d, generator %s, loaded %s%n  %s%n",
                            d.get().scale().stripTrailingZeros().toPlainString(), d.get().seed(),
                            d.get().generatorVersion(), d.get().loadedAt(), d.get().rowCounts());
                }
                return OK;
            }
        }
        throw new CommandLine.UsageException("demo takes load, export or status");
    }

    private static int db(CommandLine cl, PrintStream out) {
        if (!"migrate".equals(cl.word(1))) {
            throw new CommandLine.UsageException("db takes migrate");
        }
        // the application migrates the schema with Flyway as it starts
        try (ConfigurableApplicationContext ctx = context(cl)) {
            String v = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select max(version) from flyway_schema_history where success").query(String.class).single();
            out.println("数据库结构为最新 / the database schema is up to date: version " + v);
            return OK;
        }
    }

    private static int user(CommandLine cl, PrintStream out, PrintStream err) throws Exception {
        String sub = cl.word(1);
        try (ConfigurableApplicationContext ctx = context(cl)) {
            UserStore users = ctx.getBean(UserStore.class);
            AuditLog audit = ctx.getBean(AuditLog.class);
            String operator = "cli:" + System.getProperty("user.name");
            switch (sub == null ? "" : sub) {
                case "list" -> {
                    for (var u : users.all()) {
                        out.printf("%-20s %-15s %s%s%n", u.username(), u.role().code(), u.scope().label(),
                                u.enabled() ? "" : " (disabled)");
                    }
                    return OK;
                }
                case "add" -> {
                    String name = cl.word(2);
                    if (name == null) {
                        throw new CommandLine.UsageException("user add needs a user name");
                    }
                    Role role = Role.ofCode(cl.require("role"));
                    String password = readPassword(err);
                    users.create(new UserStore.NewUser(name, cl.option("display-name"), role, cl.require("scope")),
                            password, operator);
                    audit.record(operator, "user.create", "user", name, Map.of("role", role.code(), "scope", cl.require("scope")), null);
                    out.println("用户已创建 / user created: " + name);
                    return OK;
                }
                case "password" -> {
                    String name = cl.word(2);
                    if (name == null) {
                        throw new CommandLine.UsageException("user password needs a user name");
                    }
                    users.setPassword(name, readPassword(err));
                    audit.record(operator, "user.password", "user", name, null, null);
                    out.println("密码已更新 / password changed: " + name);
                    return OK;
                }
                case "token" -> {
                    String name = cl.word(2);
                    if (name == null) {
                        throw new CommandLine.UsageException("user token needs a user name");
                    }
                    String days = cl.option("days");
                    var t = ctx.getBean(ApiTokens.class).issue(name, cl.require("label"),
                            days == null ? 90 : Integer.parseInt(days), operator);
                    audit.record(operator, "token.issue", "user", name, Map.of("token", t.prefix(), "label",
                            cl.require("label"), "days", days == null ? 90 : Integer.parseInt(days)), null);
                    err.println("接口令牌只显示这一次 / the token is shown this once; it expires " + t.expiresAt().toLocalDate());
                    out.println(t.token());
                    return OK;
                }
                case "tokens" -> {
                    for (var t : ctx.getBean(ApiTokens.class).list(cl.word(2))) {
                        out.printf("%-6d %-20s %-12s %-10s expires %s%s  %s%n", t.id(), t.username(), t.prefix() + "…",
                                t.active() ? "active" : t.revokedAt() != null ? "revoked" : "expired",
                                t.expiresAt().toLocalDate(), t.lastUsedAt() == null ? "" : ", last used " + t.lastUsedAt().toLocalDate(),
                                t.label());
                    }
                    return OK;
                }
                case "revoke-token" -> {
                    String id = cl.word(2);
                    if (id == null || !id.matches("\\d+")) {
                        throw new CommandLine.UsageException("user revoke-token needs a token id (see user tokens)");
                    }
                    var user = ctx.getBean(ApiTokens.class).revoke(Integer.parseInt(id), operator);
                    if (user.isEmpty()) {
                        err.println("没有此有效令牌 / no active token with id " + id);
                        return 1;
                    }
                    audit.record(operator, "token.revoke", "user", user.get(), Map.of("token_id", Integer.parseInt(id)), null);
                    out.println("令牌已撤销 / token revoked: " + id);
                    return OK;
                }
                default -> throw new CommandLine.UsageException("user takes add, password, list, token, tokens or revoke-token");
            }
        }
    }

    private static String readPassword(PrintStream err) throws Exception {
        if (System.console() != null) {
            char[] p = System.console().readPassword("密码 / password: ");
            return p == null ? "" : new String(p);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }

    private static String fmt(double scale) {
        return java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
    }
}
