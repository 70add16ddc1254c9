package org.edubrain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district administrator cannot import into another district's institutions — through the upload
 * page, the API (multipart and JSON) or the command line with their own credentials — and such a refusal writes
 * nothing (issue 4, acceptance 4). The same user's change to an institution of their own district
 * goes through, so the refusals are about scope and nothing else.
 */
public class CollectionScopeTest extends PlatformTest {

    public static final String USER = "gjz-importer";
    public static final String PASSWORD = "gjz-importer-password";

    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void user() {
        if (users.find(USER).isEmpty()) {
            users.create(new UserStore.NewUser(USER, "甘井子区数据员", Role.DISTRICT_ADMIN, "210211"), PASSWORD, "test");
        }
    }

    /** An institution in force in the district today, by independent SQL. */
    public static String institutionIn(JdbcClient jdbc, String district) {
        return jdbc.sql("""
                select i.code from institution i join institution_membership m on m.institution_id = i.id
                join org_unit o on o.id = m.org_unit_id
                where o.code = :d and m.valid_to is null and i.closed_on is null order by i.code limit 1
                """).param("d", district).query(String.class).single();
    }

    /** An institutions file with one row: the institution as it is, its street changed. */
    public static String fileFor(JdbcClient jdbc, String code, String street) {
        var r = jdbc.sql("""
                select i.name_zh, i.school_type, i.ownership, i.opened_on::text as opened, o.code as district
                from institution i join institution_membership m on m.institution_id = i.id and m.valid_to is null
                join org_unit o on o.id = m.org_unit_id and o.classification = 'administrative'
                where i.code = :c
                """).param("c", code).query().singleRow();
        return "学校标识码,学校名称,办学类型,举办者,街道（乡镇）,建校日期,所属区市县\n" + String.join(",", code, (String) r.get("name_zh"),
                (String) r.get("school_type"), (String) r.get("ownership"), street, (String) r.get("opened"),
                (String) r.get("district")) + "\n";
    }

    /** The institutions, their memberships and the number of submissions, as one digest. */
    public static String checksum(JdbcClient jdbc) {
        return jdbc.sql("""
                select md5(coalesce((select string_agg(t::text, '|' order by t.id) from institution t), '')
                        || coalesce((select string_agg(m::text, '|' order by m::text) from institution_membership m), '')
                        || (select count(*) from submission)::text)
                """).query(String.class).single();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> multipart(String path, String fileName, String content) throws Exception {
        String boundary = "----edubrain-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic()).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The upload page, signed in through the login form as a browser is, with the page's CSRF token. */
    private HttpResponse<String> page(String set, String fileName, String content, boolean dryRun) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD + "&_csrf="
                        + org.edubrain.app.WebClient.csrf(login))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> collection = browser.send(HttpRequest.newBuilder(URI.create(url("/collection"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(collection.statusCode()).isEqualTo(200);
        String csrf = org.edubrain.app.WebClient.csrf(collection.body());
        String boundary = "----edubrain-page-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return browser.send(HttpRequest.newBuilder(URI.create(url("/collection/" + set + "/upload")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> json(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic()).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record Cli(int exit, String out, String err) {
    }

    /** This context, which a command must not close. */
    private ConfigurableApplicationContext kept() {
        return (ConfigurableApplicationContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurableApplicationContext.class}, (p, m, a) -> {
                    if (m.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return m.invoke(context, a);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The import command as the launcher runs it, the password on standard input. */
    private Cli cli(String password, String... args) throws Exception {
        ConfigurableApplicationContext kept = kept();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = CollectionCommands.importFile(CommandLine.parse(args, Commands.FLAGS), () -> kept,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anotherDistrictsInstitutionIsRefusedEverywhereAndNothingIsWritten() throws Exception {
        String zhongshan = institutionIn(jdbc, "210202");
        String content = fileFor(jdbc, zhongshan, "越权修改的街道");
        String before = checksum(jdbc);

        HttpResponse<String> upload = page("institutions", "institutions.csv", content, false);
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(upload.body()).contains("out_of_scope").contains(zhongshan);

        HttpResponse<String> file = multipart("/api/v1/collection/institutions/submissions", "institutions.csv", content);
        assertThat(file.statusCode()).isEqualTo(403);
        assertThat(file.body()).contains("out_of_scope");

        String[] cells = content.lines().skip(1).findFirst().orElseThrow().split(",");
        HttpResponse<String> rows = json("/api/v1/collection/institutions/submissions", """
                {"rows": [{"code": "%s", "name_zh": "%s", "school_type": "%s", "ownership": "%s", "street": "越权",
                           "opened_on": "%s", "district": "%s"}]}""".formatted(cells[0], cells[1], cells[2], cells[3], cells[5],
                cells[6]));
        assertThat(rows.statusCode()).as(rows.body()).isEqualTo(403);
        assertThat(rows.body()).contains("out_of_scope");

        Path csv = Files.createTempFile(Path.of("target"), "other-district-", ".csv");
        Files.writeString(csv, content, StandardCharsets.UTF_8);
        Cli c = cli(PASSWORD, "import", "institutions", csv.toString(), "--user", USER);
        assertThat(c.exit()).isEqualTo(CollectionCommands.REFUSED);
        assertThat(c.out().lines().toList()).anySatisfy(l -> assertThat(l)
                .matches("^" + Pattern.quote(csv.toString()) + "::2:[^:]+: out_of_scope: .*"));
        assertThat(c.err()).contains("403");

        assertThat(checksum(jdbc)).as("nothing written by any of the refusals").isEqualTo(before);
        Files.delete(csv);
    }

    @Test
    void aWrongPasswordOnTheCommandLineIsNotAnImport() throws Exception {
        Path csv = Files.createTempFile(Path.of("target"), "own-district-", ".csv");
        Files.writeString(csv, fileFor(jdbc, institutionIn(jdbc, "210211"), "x"), StandardCharsets.UTF_8);
        String before = checksum(jdbc);
        assertThrows(IllegalArgumentException.class,
                () -> cli("not-the-password", "import", "institutions", csv.toString(), "--user", USER));
        assertThat(checksum(jdbc)).isEqualTo(before);
        Files.delete(csv);
    }

    @Test
    void theirOwnDistrictsInstitutionGoesThrough() throws Exception {
        String own = institutionIn(jdbc, "210211");
        Path csv = Files.createTempFile(Path.of("target"), "own-district-", ".csv");
        Files.writeString(csv, fileFor(jdbc, own, "甘井子区数据员改的街道"), StandardCharsets.UTF_8);
        Cli c = cli(PASSWORD, "import", "institutions", csv.toString(), "--user", USER);
        assertThat(c.exit()).as(c.out() + c.err()).isZero();
        assertThat(jdbc.sql("select street from institution where code = :c").param("c", own).query(String.class).single())
                .isEqualTo("甘井子区数据员改的街道");
        assertThat(jdbc.sql("""
                select count(*) from record_history h join submission s on s.id = h.submission_id
                where h.table_name = 'institution' and h.record_key = :c and h.column_name = 'street'
                  and h.new_value = '甘井子区数据员改的街道' and h.changed_by = :u and s.submitted_by = :u
                """).param("c", own).param("u", USER).query(Long.class).single()).isEqualTo(1);
        Files.delete(csv);
    }
}
