package org.edubrain.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.WebClient;
import org.edubrain.app.security.Role;
import org.edubrain.app.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A milestone's progress with its evidence file (docs/monitoring.md, milestones): entered by an
 * administrator as a multipart form, kept byte for byte with its name (without the uploader's
 * path) and SHA-256, served back to administrators and supervisors and audited on every read,
 * refused to analysts and schools (403) and to a progress outside 0–100 (400, nothing written).
 */
class MilestoneEvidenceTest extends PlatformTest {

    private static final String PASSWORD = "milestone-evidence-password-1";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;

    private void create(String name, Role role, String scope) {
        if (users.find(name).isEmpty()) {
            users.create(new UserStore.NewUser(name, name, role, scope), PASSWORD, "test");
        }
    }

    private HttpResponse<String> post(String user, String password, String path, Map<String, String> fields, byte[] file)
            throws Exception {
        String boundary = "----edubrain-milestone-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"D:\\材料\\验收报告.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void evidenceIsKeptServedToWhomItIsForAndAudited() throws Exception {
        create("ms-analyst", Role.ANALYST, "210200");
        create("ms-supervisor", Role.SUPERVISOR, "210211");
        String school = jdbc.sql("select code from institution where school_type = '211' order by code limit 1").query(String.class).single();
        create("ms-school", Role.SCHOOL_ADMIN, school);
        // a milestone of the plan in force, as the key-projects page links it
        String projects = WebClient.basic(url(""), "admin", ADMIN_PASSWORD).get("/monitoring/projects").body();
        Matcher m = Pattern.compile("/monitoring/targets/([A-Za-z0-9_]+)\"").matcher(projects);
        assertThat(m.find()).as("a target linked from the key-projects page").isTrue();
        String target = m.group(1);
        long progressBefore = jdbc.sql("select count(*) from milestone_progress").query(Long.class).single();

        byte[] pdf = "%PDF-1.4\n% 智慧校园建设验收报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("progress", "150");
        fields.put("note", "验收完成");
        assertThat(post("admin", ADMIN_PASSWORD, "/monitoring/targets/" + target + "/progress", fields, pdf).statusCode()).isEqualTo(400);
        fields.put("progress", "60");
        assertThat(post("ms-analyst", PASSWORD, "/monitoring/targets/" + target + "/progress", fields, pdf).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from milestone_progress").query(Long.class).single()).isEqualTo(progressBefore);

        assertThat(post("admin", ADMIN_PASSWORD, "/monitoring/targets/" + target + "/progress", fields, pdf).statusCode()).isEqualTo(302);
        Map<String, Object> kept = jdbc.sql("""
                select e.id, e.file_name, e.sha256, e.size_bytes, p.progress_pct
                from milestone_evidence e join milestone_progress p on p.id = e.progress_id
                where p.target = :t order by e.id desc limit 1
                """).param("t", target).query().singleRow();
        assertThat(kept.get("file_name")).isEqualTo("验收报告.pdf");
        assertThat(kept.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(((Number) kept.get("size_bytes")).intValue()).isEqualTo(pdf.length);
        assertThat(((Number) kept.get("progress_pct")).doubleValue()).isEqualTo(60.0);
        long id = ((Number) kept.get("id")).longValue();

        HttpResponse<byte[]> got = WebClient.basic(url(""), "ms-supervisor", PASSWORD).getBytes("/monitoring/evidence/" + id);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(pdf);
        assertThat(got.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'milestone.evidence.read' and actor = 'ms-supervisor'
                  and detail ->> 'sha256' = :h
                """).param("h", kept.get("sha256")).query(Long.class).single()).isEqualTo(1);
        assertThat(WebClient.basic(url(""), "ms-analyst", PASSWORD).getBytes("/monitoring/evidence/" + id).statusCode()).isEqualTo(403);
        assertThat(WebClient.basic(url(""), "ms-school", PASSWORD).getBytes("/monitoring/evidence/" + id).statusCode()).isEqualTo(403);
        // the analyst sees the file's name on the target's page, not a link to it
        String page = WebClient.basic(url(""), "ms-analyst", PASSWORD).get("/monitoring/targets/" + target).body();
        assertThat(page).contains("验收报告.pdf").doesNotContain("/monitoring/evidence/" + id);
        assertThat(WebClient.basic(url(""), "admin", ADMIN_PASSWORD).get("/monitoring/targets/" + target).body())
                .contains("/monitoring/evidence/" + id);
    }
}
