package org.edubrain.app.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.edubrain.app.collection.Exports;
import org.edubrain.app.collection.ImportPipeline;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.OrgScope;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code edubrain import | export | template} — an exact contract (issue 4): {@code import} exits 0
 * when the file is accepted, 2 when it is refused for its content (one line per problem on
 * standard output, {@code FILE:SHEET:ROW:COLUMN: RULE: message}), 1 for anything else.
 *
 * <p>Without {@code --user} a command acts as the machine's operator, for the whole city; with
 * {@code --user NAME} (password from {@code EDUBRAIN_PASSWORD} or the first line of standard
 * input) it acts with that user's role and scope, as the page and the API do.
 */
final class CollectionCommands {

    static final int REFUSED = 2;

    private CollectionCommands() {
    }

    private static DataSet dataSet(String name) {
        return DataSets.byName(name == null ? "" : name).orElseThrow(() -> new CommandLine.UsageException(
                "DATASET is one of " + String.join(", ", DataSets.all().stream().map(DataSet::name).toList())));
    }

    /** The user a command acts as. */
    static CurrentUser who(CommandLine cl, ConfigurableApplicationContext ctx) throws Exception {
        String name = cl.option("user");
        if (name == null) {
            var city = ctx.getBean(JdbcClient.class).sql("select id, name_zh from org_unit where kind = 'city' order by id limit 1")
                    .query((rs, n) -> OrgScope.orgUnit(rs.getInt(1), true, rs.getString(2))).optional()
                    .orElseThrow(() -> new IllegalStateException("the registry has no city yet (load the demo city or the city's units)"));
            return new CurrentUser(0, "cli:" + System.getProperty("user.name"), "", "命令行操作员 / command-line operator",
                    Role.CITY_ADMIN, city, true);
        }
        String password = System.getenv("EDUBRAIN_PASSWORD");
        if (password == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? "" : line.strip();
        }
        CurrentUser u = ctx.getBean(UserStore.class).find(name).orElse(null);
        if (u == null || !u.enabled() || !ctx.getBean(PasswordEncoder.class).matches(password, u.passwordHash())) {
            throw new IllegalArgumentException("用户名或密码错误 / wrong user name or password");
        }
        return u;
    }

    /** The values given for the whole file: --school-year Y and --institution CODE (a file without those columns). */
    static Map<String, String> given(CommandLine cl) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        if (cl.option("school-year") != null) {
            given.put("school_year", cl.option("school-year"));
        }
        if (cl.option("institution") != null) {
            given.put("institution", cl.option("institution"));
        }
        return given;
    }

    static int importFile(CommandLine cl, Supplier<ConfigurableApplicationContext> context, PrintStream out, PrintStream err)
            throws Exception {
        DataSet set = dataSet(cl.word(1));
        String fileArg = cl.word(2);
        if (fileArg == null) {
            throw new CommandLine.UsageException("import needs a file: edubrain import DATASET FILE [--dry-run]");
        }
        Path file = Path.of(fileArg);
        if (!Files.isRegularFile(file)) {
            err.println("edubrain: 找不到文件 / no such file: " + fileArg);
            return Commands.FAILED;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            CurrentUser who = who(cl, ctx);
            String format = cl.option("format");
            ImportPipeline.Result r = ctx.getBean(ImportPipeline.class).run(new ImportPipeline.Request(set, file, fileArg,
                    format == null ? null : format.toLowerCase(Locale.ROOT), cl.option("encoding"), cl.has("dry-run"), who, "cli",
                    given(cl)));
            for (Problem p : r.problems()) {
                if (p.row() > 0 || p.rule().length() > 0) {
                    out.println(p.line());
                }
            }
            if (r.omitted() > 0) {
                err.printf("…另有 %,d 个问题未列出 / %,d more problems not listed%n", r.omitted(), r.omitted());
            }
            if (!r.accepted()) {
                err.printf("%s已拒绝 / refused: %s — %,d errors, %,d warnings; nothing was written%n",
                        r.forbidden() ? "403 " : "", fileArg, r.errors(), r.warnings());
                return REFUSED;
            }
            if (r.dryRun()) {
                err.printf("试运行，未写入 / dry run, nothing written: %,d rows would be accepted (%,d new, %,d changed, %,d unchanged), "
                        + "%,d warnings%n", r.rows(), r.inserted(), r.updated(), r.unchanged(), r.warnings());
            } else {
                err.printf("已导入 / imported: %,d rows (%,d new, %,d changed, %,d unchanged), %,d warnings, submission %d, %.1f s%n",
                        r.rows(), r.inserted(), r.updated(), r.unchanged(), r.warnings(), r.submissionId(), r.seconds());
            }
            return Commands.OK;
        }
    }

    static int export(CommandLine cl, Supplier<ConfigurableApplicationContext> context, PrintStream err, boolean template)
            throws Exception {
        DataSet set = dataSet(cl.word(1));
        String format = cl.require("format").toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new CommandLine.UsageException("--format is csv or xlsx");
        }
        Path target = Path.of(cl.require("out"));
        Integer year = cl.has("year") ? (int) cl.number("year", 0) : null;
        try (ConfigurableApplicationContext ctx = context.get()) {
            CurrentUser who = who(cl, ctx);
            Exports exports = ctx.getBean(Exports.class);
            if (!template && !Exports.mayExport(who.role(), set)) {
                err.println("edubrain: 403 您的角色不能导出" + set.nameZh() + " / your role may not export " + set.nameEn());
                return Commands.FAILED;
            }
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                if (template) {
                    exports.template(set, format, cl.has("english"), out);
                    err.printf("模板已写出 / template written: %s%n", target);
                } else {
                    long rows = exports.export(set, format, cl.has("english"), year, who, out);
                    err.printf("已导出 / exported: %,d rows of %s to %s%n", rows, set.name(), target);
                }
            } catch (Exception e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Commands.OK;
        }
    }
}
