package org.edubrain.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint checks role and scope; the public sees aggregates only; identity numbers are
 * masked, revealed only to administrators with a reason, audited, and never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScopeAndPrivacyTest extends PlatformTest {

    private static final String PASSWORD = "a-long-test-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    private String ganjingziSchool;
    private String zhongshanSchool;

    @BeforeEach
    void users() {
        ganjingziSchool = institutionIn("210211", "211");
        zhongshanSchool = institutionIn("210202", "211");
        create("gjz-admin", Role.DISTRICT_ADMIN, "210211");
        create("gjz-supervisor", Role.SUPERVISOR, "210211");
        create("city-analyst", Role.ANALYST, "210200");
        create("school-head", Role.SCHOOL_ADMIN, ganjingziSchool);
    }

    private void create(String name, Role role, String scope) {
        if (users.find(name).isEmpty()) {
            users.create(new UserStore.NewUser(name, name, role, scope), PASSWORD, "test");
        }
    }

    /** A primary school that belongs to the district on the census day of 2025 (independent SQL). */
    private String institutionIn(String districtCode, String type) {
        return jdbc.sql("""
                select i.code from institution i join institution_membership m on m.institution_id = i.id
                join org_unit o on o.id = m.org_unit_id
                where o.code = :d and i.school_type = :t and m.valid_from <= date '2025-09-01'
                  and (m.valid_to is null or m.valid_to > date '2025-09-01') and i.closed_on is null
                order by i.code limit 1
                """).param("d", districtCode).param("t", type).query(String.class).single();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void districtAdministratorSeesExactlyTheInstitutionsOfGanjingzi() throws Exception {
        WebClient api = WebClient.basic(url(""), "gjz-admin", PASSWORD);
        HttpResponse<String> r = api.get("/api/v1/institutions?year=2025&size=500");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = json(r);
        long expected = jdbc.sql("""
                select count(*) from institution i where (i.opened_on is null or i.opened_on <= date '2025-09-01')
                  and (i.closed_on is null or i.closed_on > date '2025-09-01')
                  and exists (select 1 from institution_membership m join org_unit o on o.id = m.org_unit_id
                              where m.institution_id = i.id and o.code = '210211' and m.valid_from <= date '2025-09-01'
                                and (m.valid_to is null or m.valid_to > date '2025-09-01'))
                """).query(Long.class).single();
        assertThat(expected).isGreaterThan(10);
        assertThat(page.get("total").asLong()).isEqualTo(expected);
        for (JsonNode row : page.get("items")) {
            assertThat(row.get("districtZh").asString()).isEqualTo("甘井子区");
        }
    }

    @Test
    void districtAdministratorGets403ForAnotherDistrictsInstitution() throws Exception {
        WebClient api = WebClient.basic(url(""), "gjz-admin", PASSWORD);
        assertThat(api.get("/api/v1/institutions/" + ganjingziSchool).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/institutions/" + zhongshanSchool).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/institutions/" + zhongshanSchool + "/enrolment").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/institutions/" + zhongshanSchool + "/learners").statusCode()).isEqualTo(403);

        WebClient browser = WebClient.signedIn(url(""), "gjz-admin", PASSWORD);
        assertThat(browser.get("/registry/institutions/" + ganjingziSchool).statusCode()).isEqualTo(200);
        HttpResponse<String> denied = browser.get("/registry/institutions/" + zhongshanSchool);
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("无权访问");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void schoolAdministratorSeesOnlyTheSchool() throws Exception {
        WebClient api = WebClient.basic(url(""), "school-head", PASSWORD);
        JsonNode page = json(api.get("/api/v1/institutions?size=500"));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("code").asString()).isEqualTo(ganjingziSchool);
        String neighbour = jdbc.sql("""
                select i.code from institution i join institution_membership m on m.institution_id = i.id
                join org_unit o on o.id = m.org_unit_id where o.code = '210211' and i.code <> :c and m.valid_to is null
                order by i.code limit 1""").param("c", ganjingziSchool).query(String.class).single();
        assertThat(api.get("/api/v1/institutions/" + neighbour).statusCode()).isEqualTo(403);
    }

    @Test
    void analystSeesAggregatesButNoLearners() throws Exception {
        WebClient api = WebClient.basic(url(""), "city-analyst", PASSWORD);
        assertThat(api.get("/api/v1/institutions/" + zhongshanSchool + "/enrolment").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/institutions/" + zhongshanSchool + "/learners").statusCode()).isEqualTo(403);
        String key = learnerOf(zhongshanSchool);
        assertThat(api.get("/api/v1/learners/" + key).statusCode()).isEqualTo(403);
    }

    @Test
    void thePublicSeesOnlyTheHomePage() throws Exception {
        WebClient anonymous = WebClient.anonymous(url(""));
        HttpResponse<String> home = anonymous.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("甘井子区", "中山区", "庄河市", "长海县");
        // aggregates only: no learner key, no identity number, no institution code on the public page
        assertThat(Pattern.compile("L[0-9A-HJKMNP-TV-Z]{8}").matcher(home.body()).find()).isFalse();
        assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(home.body()).find()).isFalse();
        assertThat(home.body()).doesNotContain(ganjingziSchool);
        assertThat(anonymous.get("/api/v1/public/overview").statusCode()).isEqualTo(200);

        for (String page : List.of("/registry/institutions", "/registry/institutions/" + ganjingziSchool,
                "/registry/learners/" + learnerOf(ganjingziSchool), "/admin/users", "/admin/audit", "/api-docs/ui")) {
            HttpResponse<String> r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
        for (String api : List.of("/api/v1/institutions", "/api/v1/institutions/" + ganjingziSchool,
                "/api/v1/org-units", "/api/v1/learners/" + learnerOf(ganjingziSchool))) {
            assertThat(anonymous.get(api).statusCode()).as(api).isEqualTo(401);
        }
    }

    private String learnerOf(String institutionCode) {
        return jdbc.sql("""
                select l.key from learner l join enrolment e on e.learner_id = l.id join institution i on i.id = e.institution_id
                join learner_identity li on li.learner_id = l.id
                where i.code = :c and e.school_year = 2025 and li.id_number is not null order by l.key limit 1
                """).param("c", institutionCode).query(String.class).single();
    }

    private String idNumberOf(String key) {
        return jdbc.sql("select li.id_number from learner_identity li join learner l on l.id = li.learner_id where l.key = :k")
                .param("k", key).query(String.class).single();
    }

    private long audits(String actor, String action, String key) {
        return jdbc.sql("select count(*) from audit_event where actor = :a and action = :x and object_key = :k")
                .param("a", actor).param("x", action).param("k", key).query(Long.class).single();
    }

    @Test
    void identityNumbersAreMaskedRevealedOnlyWithAReasonAuditedAndNeverLogged(CapturedOutput output) throws Exception {
        String key = learnerOf(ganjingziSchool);
        String idNumber = idNumberOf(key);
        WebClient admin = WebClient.basic(url(""), "gjz-admin", PASSWORD);

        long views = audits("gjz-admin", "learner.view", key);
        JsonNode learner = json(admin.get("/api/v1/learners/" + key));
        assertThat(learner.get("maskedIdNumber").asString()).contains("*").isNotEqualTo(idNumber)
                .startsWith(idNumber.substring(0, 4)).endsWith(idNumber.substring(14));
        assertThat(learner.toString()).doesNotContain(idNumber);
        assertThat(audits("gjz-admin", "learner.view", key)).isEqualTo(views + 1);

        assertThat(admin.postJson("/api/v1/learners/" + key + "/identity", "{}").statusCode()).isEqualTo(400);
        long reveals = audits("gjz-admin", "identity.reveal", key);
        HttpResponse<String> revealed = admin.postJson("/api/v1/learners/" + key + "/identity",
                "{\"reason\":\"核对转学材料\"}");
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(json(revealed).get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(revealed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(audits("gjz-admin", "identity.reveal", key)).isEqualTo(reveals + 1);
        String detail = jdbc.sql("select detail::text from audit_event where actor = 'gjz-admin' and action = 'identity.reveal' order by id desc limit 1")
                .query(String.class).single();
        assertThat(detail).contains("核对转学材料").doesNotContain(idNumber);

        WebClient supervisor = WebClient.basic(url(""), "gjz-supervisor", PASSWORD);
        assertThat(supervisor.get("/api/v1/learners/" + key).statusCode()).isEqualTo(200);
        assertThat(supervisor.postJson("/api/v1/learners/" + key + "/identity", "{\"reason\":\"想看看\"}").statusCode())
                .isEqualTo(403);
        assertThat(audits("gjz-supervisor", "identity.reveal", key)).isZero();

        String outside = learnerOf(zhongshanSchool);
        assertThat(admin.get("/api/v1/learners/" + outside).statusCode()).isEqualTo(403);
        assertThat(admin.postJson("/api/v1/learners/" + outside + "/identity", "{\"reason\":\"越权尝试\"}").statusCode())
                .isEqualTo(403);

        // the page shows the masked number only until a reason is given
        WebClient browser = WebClient.signedIn(url(""), "gjz-admin", PASSWORD);
        HttpResponse<String> page = browser.get("/registry/learners/" + key);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(idNumber).contains(learner.get("maskedIdNumber").asString());
        HttpResponse<String> shown = browser.postForm("/registry/learners/" + key + "/identity",
                Map.of("reason", "家长来电核实", "_csrf", WebClient.csrf(page.body())));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains(idNumber);

        assertThat(output.getAll()).doesNotContain(idNumber);
    }
}
