package com.consort.server.access;

import com.consort.server.accounts.LoginAudit;
import com.consort.server.accounts.LoginThrottle;
import com.consort.server.accounts.OidcAccounts;
import com.consort.server.accounts.SessionAccountFilter;
import com.consort.server.accounts.Users;
import com.consort.server.security.ApiKeyAuthenticationFilter;
import com.consort.server.security.ApiKeys;
import com.consort.server.security.ProblemResponses;
import com.consort.server.security.Role;
import com.consort.server.security.SessionReadingContextRepository;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**} (with the interop endpoints {@code /v1/**}, OpenAI-compatible, and
 * {@code /mcp}, the MCP server) is for machines with a bearer API key and for the web pages of a
 * logged-in browser session (read from the session, never creating one; writes then need the session's
 * CSRF token). Everything else is the web UI: form login (and OpenID Connect when configured) with
 * sessions, CSRF protection and secure headers.
 */
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
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    // Page scripts and styles are files of this origin; swagger-ui sets inline styles on elements.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String SESSION_COOKIE = "CONSORT_SESSION";

    /** Used by Spring Security's firewall instead of its default bare 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.rejected();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, ProblemResponses problems, Users users,
            @Value("${consort.metrics-key:}") String metricsKey) throws Exception {
        var unauthorized = problems.unauthorized();
        http.securityMatcher("/api/**", "/v1/**", "/mcp", "/mcp/**", ApiKeyAuthenticationFilter.METRICS_PATH)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(new SessionReadingContextRepository()))
                .requestCache(cache -> cache.disable())
                // a browser sends its session cookie on its own, so a write on the strength of the cookie needs
                // the CSRF token; a bearer key is never sent by a browser on its own
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::isSessionWrite))
                .headers(secureHeaders())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterAfter(new SessionAccountFilter(users), SecurityContextHolderFilter.class)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, unauthorized, problems, metricsKey), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
                .authorizeHttpRequests(auth -> auth
                        // a streamed response finishes in an async dispatch of a request that was already authorised
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // the Prometheus scrape: an admin, or the metrics key that opens nothing else
                        .requestMatchers(ApiKeyAuthenticationFilter.METRICS_PATH)
                                .hasAnyRole(Role.ADMIN.name(), ApiKeyAuthenticationFilter.METRICS_ROLE)
                        // the directory and the indexed documents are vendor data: curated by marketing and admins
                        .requestMatchers(HttpMethod.POST, "/api/partners/import", "/api/documents").hasAnyRole(CURATORS)
                        .requestMatchers(HttpMethod.PUT, "/api/documents/**").hasAnyRole(CURATORS)
                        .requestMatchers(HttpMethod.DELETE, "/api/partners/**", "/api/documents/**").hasAnyRole(CURATORS)
                        // a partner reads its own directory entry (checked in the controller), nothing else of it
                        .requestMatchers(HttpMethod.GET, "/api/partners/*").authenticated()
                        .requestMatchers("/api/partners/**", "/api/documents/**", "/api/knowledge/**").hasAnyRole(VENDOR_READERS)
                        // only marketing decides on drafts (a partner never approves, not even its own)
                        .requestMatchers(HttpMethod.POST, "/api/review/drafts/*/approve", "/api/review/drafts/*/request-changes",
                                "/api/review/drafts/*/reject").hasRole(Role.MARKETING.name())
                        .requestMatchers("/api/review/queue").hasAnyRole(CURATORS)
                        .requestMatchers("/api/review/**").hasAnyRole(STUDIO_READERS)
                        .requestMatchers("/api/eval/**").hasAnyRole(EVALUATORS)
                        // content studio: partners write for themselves (confined in the controller), marketing
                        // and admins for everyone, sellers read, evaluators have no business there
                        .requestMatchers(HttpMethod.PUT, "/api/studio/brand-kits/vendor").hasAnyRole(CURATORS)
                        .requestMatchers(HttpMethod.GET, "/api/studio/**").hasAnyRole(STUDIO_READERS)
                        .requestMatchers("/api/studio/**").hasAnyRole(STUDIO_WRITERS)
                        // the assistant searches the whole directory: vendor roles only, never a partner
                        .requestMatchers("/api/assistant/**").hasAnyRole(VENDOR_READERS)
                        // the OpenAI-compatible endpoint is the same assistant
                        .requestMatchers("/v1/**").hasAnyRole(VENDOR_READERS)
                        // MCP: every role may connect; each tool admits its own roles (McpTools)
                        .requestMatchers("/mcp", "/mcp/**").authenticated()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Users users, LoginAudit logins, LoginThrottle throttle,
            ObjectProvider<ClientRegistrationRepository> oidcClients, OidcAccounts oidcAccounts) throws Exception {
        http.sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(secureHeaders())
                .addFilterAfter(new SessionAccountFilter(users), SecurityContextHolderFilter.class)
                .addFilterBefore(throttle.filter(logins.failure("password")), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(logins.success("password")).failureHandler(logins.failure("password")).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(logins.logout()).deleteCookies(SESSION_COOKIE))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/login", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg").permitAll()
                        .requestMatchers("/error").permitAll()
                        // pages, by the roles whose work they are (at least those web.Navigation lists them for);
                        // each page's data comes from /api/**, which checks the role again
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/chat", "/chat/**").hasAnyRole(VENDOR_READERS)
                        // the directory is the vendor's; a partner may open its own profile and documents (checked in the page)
                        .requestMatchers("/partners").hasAnyRole(VENDOR_READERS)
                        .requestMatchers("/studio", "/studio/**").hasAnyRole(STUDIO_WRITERS)
                        .requestMatchers("/review", "/review/**").hasAnyRole(STUDIO_WRITERS)
                        .requestMatchers("/eval", "/eval/**").hasAnyRole(EVALUATORS)
                        // partner deals: the vendor's people see all, a partner its own (confined in the page)
                        .requestMatchers("/deals", "/deals/**").hasAnyRole(Role.ADMIN.name(), Role.MARKETING.name(),
                                Role.SELLER.name(), Role.PARTNER.name())
                        .anyRequest().authenticated());
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(oidcAccounts))
                    .successHandler(logins.success("oidc")).failureHandler(logins.failure("oidc")));
        }
        return http.build();
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> secureHeaders() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    static boolean isSessionWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return !bearer && request.getRequestedSessionId() != null;
    }
}
