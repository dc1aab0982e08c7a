package com.consort.server.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's frame: what the API is and how to authenticate, so that Swagger UI's
 * "Authorize" takes an API key. A logged-in browser needs none: Swagger UI then sends the session cookie,
 * and for writes the CSRF token the pages leave in local storage (springdoc's csrf settings in
 * application.yml).
 */
@Configuration(proxyBeanMethods = false)
class ApiReference {

    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI consortOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Consort API").description("""
                        Partners, documents and search; the assistant; the content studio and its reviews; evals; \
                        administration. Machines send an API key as `Authorization: Bearer <key>`; a logged-in \
                        browser uses its session (writes then need the session's CSRF token, header `X-CSRF-TOKEN`)."""))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A Consort API key")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
