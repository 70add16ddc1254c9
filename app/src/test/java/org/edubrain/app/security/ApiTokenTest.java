package org.edubrain.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens: a token acts as its user with the user's scope; a wrong, revoked or expired token,
 * or one of a disabled user, is refused with 401; the token is never stored, logged or given a session.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTest extends PlatformTest {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    UserStore users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        for (String name : List.of("token-gjz", "token-admin")) {
            if (users.find(name).isEmpty()) {
                users.create(new UserStore.NewUser(name, name, name.equals("token-gjz") ? Role.DISTRICT_ADMIN : Role.CITY_ADMIN,
                        name.equals("token-gjz") ? "210211" : "210200"), PASSWORD, "test");
            }
        }
        users.setEnabled("token-gjz", true);
        tokens.forget();
    }

    /** An institution of the district on the census day of 2025, found with independent SQL. */
    private String institutionIn(String district) {
        return jdbc.sql("""
                select i.code from institution i join institution_membership m on m.institution_id = i.id
                join org_unit o on o.id = m.org_unit_id
                where o.code = :d and m.valid_from <= date '2025-09-01'
                  and (m.valid_to is null or m.valid_to > date '2025-09-01') and i.closed_on is null
                order by i.code limit 1""").param("d", district).query(String.class).single();
    }

    @Test
    void aTokenActsAsItsUserWithinTheUsersScope(CapturedOutput output) throws Exception {
        ApiTokens.Issued issued = tokens.issue("token-gjz", "district dashboard", 30, "test");
        assertThat(issued.token()).matches("ebt_[A-Za-z0-9_-]{43}");
        WebClient api = WebClient.bearer(url(""), issued.token());

        HttpResponse<String> own = api.get("/api/v1/institutions/" + institutionIn("210211"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().allValues("Set-Cookie")).as("no session for a token").isEmpty();
        assertThat(api.get("/api/v1/institutions/" + institutionIn("210202")).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/plans/dalian-2021-2025/values?org=210211&year=2020").statusCode()).isEqualTo(200);

        // only the digest is kept, and the token appears in no log line
        String stored = jdbc.sql("select token_sha256 from api_token where id = :id").param("id", issued.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).isNotEqualTo(issued.token()).doesNotContain(issued.token().substring(4, 20));
        assertThat(output.getAll()).doesNotContain(issued.token().substring(4));
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = :id").param("id", issued.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void wrongRevokedExpiredAndDisabledAreRefused() throws Exception {
        String path = "/api/v1/plans/dalian-2021-2025/values?year=2020";
        HttpResponse<String> wrong = WebClient.bearer(url(""), "ebt_" + "A".repeat(43)).get(path);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
        assertThat(wrong.body()).contains("令牌无效").contains("not valid");
        assertThat(WebClient.bearer(url(""), "not-a-token").get(path).statusCode()).isEqualTo(401);

        ApiTokens.Issued revoked = tokens.issue("token-gjz", "to revoke", 30, "test");
        assertThat(WebClient.bearer(url(""), revoked.token()).get(path).statusCode()).isEqualTo(200);
        assertThat(tokens.revoke(revoked.id(), "test")).contains("token-gjz");
        assertThat(WebClient.bearer(url(""), revoked.token()).get(path).statusCode()).isEqualTo(401);
        assertThat(tokens.revoke(revoked.id(), "test")).as("revoked once only").isEmpty();

        ApiTokens.Issued expired = tokens.issue("token-gjz", "to expire", 1, "test");
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id").param("id", expired.id()).update();
        assertThat(WebClient.bearer(url(""), expired.token()).get(path).statusCode()).isEqualTo(401);

        ApiTokens.Issued disabled = tokens.issue("token-gjz", "user disabled", 30, "test");
        assertThat(WebClient.bearer(url(""), disabled.token()).get(path).statusCode()).isEqualTo(200);
        users.setEnabled("token-gjz", false);
        tokens.forget();
        assertThat(WebClient.bearer(url(""), disabled.token()).get(path).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenDoesNotOpenThePages() throws Exception {
        ApiTokens.Issued admin = tokens.issue("token-admin", "pages", 30, "test");
        HttpResponse<String> page = WebClient.bearer(url(""), admin.token()).get("/admin/users");
        assertThat(page.statusCode()).as("tokens are for /api only").isNotEqualTo(200);
    }

    @Test
    void theAdministratorIssuesAndRevokesATokenOnTheUsersPage() throws Exception {
        WebClient browser = WebClient.signedIn(url(""), "token-admin", PASSWORD);
        String csrf = WebClient.csrf(browser.get("/admin/users").body());
        HttpResponse<String> r = browser.postForm("/admin/tokens",
                Map.of("username", "token-gjz", "label", "从页面签发", "days", "7", "_csrf", csrf));
        assertThat(r.statusCode()).isEqualTo(302);
        String shown = browser.get("/admin/users").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ebt_[A-Za-z0-9_-]{43}").matcher(shown);
        assertThat(m.find()).as("the token is shown once").isTrue();
        String token = m.group();
        assertThat(browser.get("/admin/users").body()).as("and only once").doesNotContain(token);
        assertThat(WebClient.bearer(url(""), token).get("/api/v1/plans").statusCode()).isEqualTo(200);
        int id = jdbc.sql("select id from api_token where label = '从页面签发' order by id desc limit 1").query(Integer.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'token.issue' and object_key = 'token-gjz'")
                .query(Long.class).single()).isPositive();

        csrf = WebClient.csrf(browser.get("/admin/users").body());
        assertThat(browser.postForm("/admin/tokens/" + id + "/revoke", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
        assertThat(WebClient.bearer(url(""), token).get("/api/v1/plans").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'token.revoke' and object_key = 'token-gjz'")
                .query(Long.class).single()).isPositive();
    }
}
