package org.edubrain.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what. The public sees the home page (aggregates only) and the public API; every
 * other page and endpoint needs a signed-in user, and every query under it is filtered by the
 * user's scope ({@link OrgScope}). Browsers sign in with a form; scripts and vendors' systems call
 * the API with a bearer token ({@link ApiTokens}) or, for a few calls, HTTP Basic (a password hash
 * is checked on every such request, by design slow).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/api/v1/public/**")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.CITY_ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(b -> b.realmName("EduBrain"))
                .addFilterBefore(new ApiTokenFilter(tokens),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                // API clients authenticate on every request with a header: no session cookie to forge
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
