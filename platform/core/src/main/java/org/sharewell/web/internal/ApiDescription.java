package org.sharewell.web.internal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at /api/v1/openapi says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Sharewell API", version = "v1",
                description = "Call the API at your organisation's own address, for example "
                        + "https://brookfield.sharewell.org.uk/api/v1. Get a token from POST /api/v1/tokens and send it as "
                        + "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class ApiDescription {
}
