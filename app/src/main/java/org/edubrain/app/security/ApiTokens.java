package org.edubrain.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (接口令牌): a script or a vendor's system calls the API with
 * {@code Authorization: Bearer ebt_…} and acts as the token's user, with that user's role and
 * scope. A token is 256 random bits; only its SHA-256 digest is stored, so the table cannot be
 * used to call the API, and checking a token costs one digest rather than a password hash.
 *
 * <p>A checked token is remembered for {@link #REMEMBER} in this process; revoking it here, or
 * disabling its user here, forgets it at once, and another process notices within that time.
 */
@Component
public class ApiTokens {

    /** How long a checked token is trusted without asking the database again. */
    static final Duration REMEMBER = Duration.ofSeconds(30);
    static final String PREFIX = "ebt_";
    static final int MAX_DAYS = 366;

    /** A token as listed: never the token itself. */
    public record Listed(int id, String username, String label, String prefix, OffsetDateTime createdAt,
            String createdBy, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(OffsetDateTime.now());
        }
    }

    /** A token just issued: the only time its value is known. */
    public record Issued(int id, String token, String prefix, OffsetDateTime expiresAt) {
    }

    private record Remembered(CurrentUser user, long until) {
    }

    private final JdbcClient jdbc;
    private final UserStore users;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, UserStore users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Issues a token for a user, valid for the given number of days (1 to 366). */
    @Transactional
    public Issued issue(String username, String label, int days, String issuedBy) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("有效期须为1至" + MAX_DAYS + "天 / the validity must be 1 to " + MAX_DAYS + " days");
        }
        if (label == null || label.isBlank() || label.strip().length() > 100) {
            throw new IllegalArgumentException("令牌须有用途说明（至多100字）/ a token needs a label (up to 100 characters)");
        }
        CurrentUser user = users.find(username).orElseThrow(
                () -> new IllegalArgumentException("没有此用户 / no such user: " + username));
        if (!user.enabled()) {
            throw new IllegalArgumentException("用户已停用 / the user is disabled: " + username);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = token.substring(0, PREFIX.length() + 6);
        OffsetDateTime expires = OffsetDateTime.now().plusDays(days);
        int id = jdbc.sql("""
                insert into api_token (user_id, label, token_sha256, prefix, created_by, expires_at)
                values (:u, :l, :h, :p, :by, :e) returning id
                """).param("u", user.id()).param("l", label.strip()).param("h", sha256(token)).param("p", prefix)
                .param("by", issuedBy).param("e", expires).query(Integer.class).single();
        return new Issued(id, token, prefix, expires);
    }

    /** The user a presented token acts as, if it is a valid, unexpired, unrevoked token of an enabled user. */
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        String digest = sha256(token);
        long now = System.nanoTime();
        Remembered r = remembered.get(digest);
        if (r != null && now - r.until() < 0) {
            return Optional.of(r.user());
        }
        Optional<String> username = jdbc.sql("""
                update api_token t set last_used_at = now() from app_user u
                where t.token_sha256 = :h and u.id = t.user_id and t.revoked_at is null and t.expires_at > now()
                  and u.enabled
                returning u.username
                """).param("h", digest).query(String.class).optional();
        Optional<CurrentUser> user = username.flatMap(users::find).filter(CurrentUser::enabled);
        if (user.isPresent()) {
            remembered.put(digest, new Remembered(user.get(), now + REMEMBER.toNanos()));
        } else {
            remembered.remove(digest);
        }
        return user;
    }

    /** Tokens of one user, or of everyone (null), newest first. */
    public List<Listed> list(String username) {
        return jdbc.sql("""
                select t.id, u.username, t.label, t.prefix, t.created_at, t.created_by, t.expires_at, t.last_used_at,
                       t.revoked_at
                from api_token t join app_user u on u.id = t.user_id
                where cast(:u as text) is null or u.username = :u
                order by t.id desc
                """).param("u", username).query(Listed.class).list();
    }

    /** Revokes a token; returns its user's name, or empty if there was no such active token. */
    @Transactional
    public Optional<String> revoke(int id, String revokedBy) {
        Optional<String> user = jdbc.sql("""
                update api_token t set revoked_at = now(), revoked_by = :by from app_user u
                where t.id = :id and u.id = t.user_id and t.revoked_at is null
                returning u.username
                """).param("id", id).param("by", revokedBy).query(String.class).optional();
        forget();
        return user;
    }

    /** Forgets every remembered token, so the next request of each asks the database (a user disabled, a token revoked). */
    public void forget() {
        remembered.clear();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
