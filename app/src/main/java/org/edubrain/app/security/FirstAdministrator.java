package org.edubrain.app.security;

import java.security.SecureRandom;

import org.edubrain.app.shared.EduBrainProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the first city administrator when the server starts with no users: with the password
 * from {@code EDUBRAIN_ADMIN_PASSWORD} ({@code edubrain.admin.password}) or a generated one,
 * printed once on the console and never logged.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserStore users;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EduBrainProperties properties;

    FirstAdministrator(UserStore users, JdbcClient jdbc, AuditLog audit, EduBrainProperties properties) {
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        if (users.count() > 0) {
            return;
        }
        String city = jdbc.sql("select code from org_unit where kind = 'city' order by id limit 1").query(String.class)
                .optional().orElseThrow(() -> new IllegalStateException("the city's org units are missing"));
        String username = properties.admin().username();
        String password = properties.admin().password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = sb.toString();
        }
        users.create(new UserStore.NewUser(username, "市级管理员", Role.CITY_ADMIN, city), password, "system");
        audit.record("system", "user.create", "user", username, java.util.Map.of("role", Role.CITY_ADMIN.code()), null);
        if (generated) {
            // on the console only, once: not through the logger, so it reaches no log file
            System.out.println();
            System.out.println("==================================================================");
            System.out.println(" 首个管理员已创建 / first administrator created");
            System.out.println("   用户名 / user name: " + username);
            System.out.println("   密码 / password:   " + password);
            System.out.println(" 此密码只显示这一次，请登录后修改。 / Shown only this once.");
            System.out.println("==================================================================");
            System.out.println();
        }
    }
}
