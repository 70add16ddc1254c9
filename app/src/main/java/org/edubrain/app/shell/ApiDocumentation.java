package org.edubrain.app.shell;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and security of the OpenAPI description served at {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "EduBrain 教育智脑 API", version = "v1",
                description = "The registry of the city's education system. Every answer is limited to the caller's "
                        + "scope (city, district or zone, or institution); a record outside it is 403. Learners appear "
                        + "by pseudonymous key; identity numbers only masked, except through the audited identity "
                        + "endpoint. /api/v1/public/** needs no sign-in and returns aggregates only. Programs "
                        + "authenticate with an API token (Authorization: Bearer ebt_…, issued by a city administrator "
                        + "on /admin/users or with `edubrain user token`); HTTP Basic works too but checks the password "
                        + "hash on every request, which is slow by design.",
                license = @License(name = "Apache-2.0")),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "ebt_ + 43 base64url characters")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocumentation {
}
