package org.edubrain.app.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users and their scopes, in {@code app_user}. */
@Component
public class UserStore implements UserDetailsService {

    private static final String SELECT = """
            select u.id, u.username, u.password_hash, u.display_name, u.role, u.scope_org_unit_id,
                   u.scope_institution_id, u.enabled, o.kind, coalesce(o.name_zh, i.name_zh, '（已删除的机构）')
            from app_user u
            left join org_unit o on o.id = u.scope_org_unit_id
            left join institution i on i.id = u.scope_institution_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public UserStore(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<CurrentUser> find(String username) {
        return jdbc.sql(SELECT + " where u.username = :u").param("u", username).query(UserStore::map).optional();
    }

    public List<CurrentUser> all() {
        return jdbc.sql(SELECT + " order by u.role, u.username").query(UserStore::map).list();
    }

    private static CurrentUser map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Integer org = (Integer) rs.getObject(6);
        Integer inst = (Integer) rs.getObject(7);
        OrgScope scope = org != null ? OrgScope.orgUnit(org, "city".equals(rs.getString(9)), rs.getString(10))
                : OrgScope.institution(inst, rs.getString(10));
        return new CurrentUser(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Role.ofCode(rs.getString(5)), scope, rs.getBoolean(8));
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** What a new user is. */
    public record NewUser(String username, String displayName, Role role, String scopeCode) {
    }

    /**
     * Creates a user. The scope is given by code: an org unit's GB/T 2260 (or zone) code, or for a
     * school administrator an institution's 学校标识码.
     */
    @Transactional
    public int create(NewUser user, String rawPassword, String createdBy) {
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new IllegalArgumentException("密码至少10个字符 / the password needs at least 10 characters");
        }
        Integer org = null;
        Integer inst = null;
        if (user.role() == Role.SCHOOL_ADMIN) {
            inst = jdbc.sql("select id from institution where code = :c").param("c", user.scopeCode())
                    .query(Integer.class).optional().orElseThrow(() -> new IllegalArgumentException(
                            "没有学校标识码为 " + user.scopeCode() + " 的机构 / no institution with code " + user.scopeCode()));
        } else {
            org = jdbc.sql("select id from org_unit where code = :c").param("c", user.scopeCode())
                    .query(Integer.class).optional().orElseThrow(() -> new IllegalArgumentException(
                            "没有代码为 " + user.scopeCode() + " 的区划 / no org unit with code " + user.scopeCode()));
            if (user.role() == Role.CITY_ADMIN) {
                String kind = jdbc.sql("select kind from org_unit where id = :id").param("id", org).query(String.class).single();
                if (!kind.equals("city")) {
                    throw new IllegalArgumentException("市级管理员的范围必须是全市 / a city administrator's scope is the city");
                }
            }
        }
        if (find(user.username()).isPresent()) {
            throw new IllegalArgumentException("用户名已存在 / the user name is taken: " + user.username());
        }
        return jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, scope_org_unit_id,
                                      scope_institution_id, created_by)
                values (:u, :h, :d, :r, :o, :i, :by) returning id
                """)
                .param("u", user.username()).param("h", encoder.encode(rawPassword)).param("d", user.displayName())
                .param("r", user.role().code()).param("o", org).param("i", inst).param("by", createdBy)
                .query(Integer.class).single();
    }

    @Transactional
    public void setPassword(String username, String rawPassword) {
        if (rawPassword == null || rawPassword.length() < 10) {
            throw new IllegalArgumentException("密码至少10个字符 / the password needs at least 10 characters");
        }
        int n = jdbc.sql("update app_user set password_hash = :h where username = :u")
                .param("h", encoder.encode(rawPassword)).param("u", username).update();
        if (n == 0) {
            throw new IllegalArgumentException("no such user: " + username);
        }
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = :e where username = :u").param("e", enabled).param("u", username).update();
    }
}
