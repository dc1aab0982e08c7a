package com.consort.server.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] CURATORS = {Role.ADMIN.name(), Role.MARKETING.name()};
    private static final String[] STUDIO_WRITERS = {Role.ADMIN.name(), Role.MARKETING.name(), Role.PARTNER.name()};
    private static final String[] STUDIO_READERS = {Role.ADMIN.name(), Role.MARKETING.name(), Role.PARTNER.name(),
            Role.SELLER.name()};
    private static final String[] EVALUATORS = {Role.ADMIN.name(), Role.EVALUATOR.name()};
    private static final String[] VENDOR_READERS = {Role.ADMIN.name(), Role.MARKETING.name(), Role.SELLER.name(),
            Role.EVALUATOR.name()};

    /** Used by Spring Security's firewall instead of its default bare 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.rejected();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, ProblemResponses problems) throws Exception {
        var unauthorized = problems.unauthorized();
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer keys are never sent by a browser on its own, so there is no CSRF to defend here
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, unauthorized, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(auth -> auth
                        // a streamed response finishes in an async dispatch of a request that was already authorised
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/chat", "/studio", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        // the eval page is a shell without data: its script calls /api/eval/** with the caller's credentials
                        .requestMatchers(HttpMethod.GET, "/eval").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // the directory and the indexed documents are vendor data: curated by marketing and admins
                        .requestMatchers(HttpMethod.POST, "/api/partners/import", "/api/documents").hasAnyRole(CURATORS)
                        .requestMatchers(HttpMethod.PUT, "/api/documents/**").hasAnyRole(CURATORS)
                        .requestMatchers(HttpMethod.DELETE, "/api/partners/**", "/api/documents/**").hasAnyRole(CURATORS)
                        // a partner reads its own directory entry (checked in the controller), nothing else of it
                        .requestMatchers(HttpMethod.GET, "/api/partners/*").authenticated()
                        .requestMatchers("/api/partners/**", "/api/documents/**", "/api/knowledge/**").hasAnyRole(VENDOR_READERS)
                        .requestMatchers("/api/eval/**").hasAnyRole(EVALUATORS)
                        // the assistant searches the whole directory: vendor roles only, never a partner
                        .requestMatchers("/api/assistant/**").hasAnyRole(VENDOR_READERS)
                        // content studio: partners write for themselves (confined in the controller), marketing
                        // and admins for everyone, sellers read, evaluators have no business there
                        .requestMatchers(HttpMethod.PUT, "/api/studio/brand-kits/vendor").hasAnyRole(CURATORS)
                        .requestMatchers(HttpMethod.GET, "/api/studio/**").hasAnyRole(STUDIO_READERS)
                        .requestMatchers("/api/studio/**").hasAnyRole(STUDIO_WRITERS)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }
}
