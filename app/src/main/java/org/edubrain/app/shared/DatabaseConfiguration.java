package org.edubrain.app.shared;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The database: the embedded PostgreSQL unless {@code spring.datasource.url} names an external
 * one, in which case Spring Boot's own data-source configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EduBrainProperties.class)
public class DatabaseConfiguration {

    /** True when no external datasource URL is configured. */
    static class EmbeddedWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedWanted.class)
    EmbeddedPostgresServer embeddedPostgresServer(EduBrainProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties.dataDir(), properties.database().port(),
                properties.database().sharedBuffers(), properties.database().fsync());
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedWanted.class)
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername("postgres");
        config.setPoolName("edubrain");
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
