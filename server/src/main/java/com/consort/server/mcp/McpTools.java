package com.consort.server.mcp;

import com.consort.assistant.AssistantTools;
import com.consort.server.security.Caller;
import com.consort.server.security.Role;
import com.consort.server.studio.StudioTools;
import com.consort.server.track.Recommendations;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.mcp.McpToolUtils;
import org.springframework.ai.mcp.server.common.autoconfigure.properties.McpServerStreamableHttpProperties;
import org.springframework.ai.mcp.server.webmvc.transport.WebMvcStreamableServerTransportProvider;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.definition.DefaultToolDefinition;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.method.MethodToolCallbackProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server's tools and who may call them. Spring AI's MCP server (Streamable HTTP at {@code /mcp},
 * see application.yml) offers the {@link ToolCallbackProvider} below: the assistant's own {@code @Tool}
 * methods (the same definitions the in-app agent calls) and the studio's {@code draft_asset}. The API key
 * is checked by the API security chain before a request reaches the MCP transport; the transport records
 * the caller of each request in the MCP transport context, and every tool call is checked against
 * {@link #ROLES} before it runs. A refused call is a tool error the agent can read, not a protocol error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.ai.mcp.server", name = "enabled", havingValue = "true", matchIfMissing = true)
class McpTools {

    private static final Set<Role> VENDOR = EnumSet.of(Role.ADMIN, Role.MARKETING, Role.SELLER, Role.EVALUATOR);

    /**
     * Roles per tool. The search tools read the whole directory, so they are for vendor roles (as the
     * assistant API is); drafting is for partners (confined to themselves) and marketing, the roles that
     * write co-marketing content (an admin may still draft through the studio API). A tool missing here
     * is refused to everyone.
     */
    static final Map<String, Set<Role>> ROLES = Map.of(
            "search_partners", VENDOR,
            "get_partner", VENDOR,
            "find_case_studies", VENDOR,
            "program_policy", VENDOR,
            // deals are vendor data: a partner reads only its own (confined in call below)
            "account_overlap", EnumSet.of(Role.ADMIN, Role.MARKETING, Role.SELLER, Role.EVALUATOR, Role.PARTNER),
            "draft_asset", EnumSet.of(Role.PARTNER, Role.MARKETING));

    /** The transport, as Spring AI's auto-configuration builds it, plus the caller of each request. */
    @Bean
    WebMvcStreamableServerTransportProvider webMvcStreamableServerTransportProvider(
            @Qualifier("mcpServerJsonMapper") JsonMapper jsonMapper, McpServerStreamableHttpProperties properties) {
        return WebMvcStreamableServerTransportProvider.builder()
                .jsonMapper(new JacksonMcpJsonMapper(jsonMapper))
                .mcpEndpoint(properties.getMcpEndpoint())
                .keepAliveInterval(properties.getKeepAliveInterval())
                .disallowDelete(properties.isDisallowDelete())
                // runs on the request thread, after the API key filter
                .contextExtractor(request -> {
                    try {
                        return McpTransportContext.create(Map.of(StudioTools.CALLER,
                                Caller.from(SecurityContextHolder.getContext().getAuthentication())));
                    } catch (IllegalStateException notAuthenticated) {
                        return McpTransportContext.EMPTY;
                    }
                })
                .build();
    }

    /**
     * Ends the MCP sessions (and so their open event streams) when the application closes: the closed
     * event comes before the web server's graceful shutdown, which would otherwise wait out its whole
     * timeout for those streams. Not on a lifecycle stop: a stopped context may start again (Spring's test
     * framework pauses idle contexts), and a closed transport never reopens.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> mcpSessionsCloser(WebMvcStreamableServerTransportProvider transport) {
        return closed -> transport.closeGracefully().block(java.time.Duration.ofSeconds(5));
    }

    @Bean
    ToolCallbackProvider consortMcpTools(AssistantTools assistantTools, StudioTools studioTools, Recommendations recommendations,
            JsonMapper json) {
        ToolCallback[] tools = MethodToolCallbackProvider.builder().toolObjects(assistantTools, studioTools).build()
                .getToolCallbacks();
        List<ToolCallback> guarded = Arrays.stream(tools)
                .map(tool -> (ToolCallback) new Guarded(tool, ROLES.getOrDefault(tool.getToolDefinition().name(), Set.of()),
                        recommendations, json))
                .toList();
        return () -> guarded.toArray(ToolCallback[]::new);
    }

    /** A tool that runs only for the roles it admits, with the caller in its tool context. */
    static final class Guarded implements ToolCallback {

        private static final String SEARCH_PARTNERS = "search_partners";

        private final ToolCallback tool;
        private final Set<Role> roles;
        private final ToolDefinition definition;
        private final Recommendations recommendations;
        private final JsonMapper json;

        Guarded(ToolCallback tool, Set<Role> roles, Recommendations recommendations, JsonMapper json) {
            this.json = json;
            this.tool = tool;
            this.roles = roles;
            this.recommendations = recommendations;
            ToolDefinition d = tool.getToolDefinition();
            // an external agent sees who may call it; the in-app agent's definition stays as it is
            this.definition = DefaultToolDefinition.builder().name(d.name()).inputSchema(d.inputSchema())
                    .description(d.description() + " Roles allowed: " + roles.stream().map(Role::name).sorted()
                            .collect(Collectors.joining(", ")) + ".")
                    .build();
        }

        @Override
        public ToolDefinition getToolDefinition() {
            return definition;
        }

        @Override
        public String call(String input) {
            return call(input, null);
        }

        @Override
        public String call(String input, ToolContext context) {
            Caller caller = context == null ? null : McpToolUtils.getMcpExchange(context)
                    .map(exchange -> exchange.transportContext().get(StudioTools.CALLER))
                    .filter(Caller.class::isInstance).map(Caller.class::cast).orElse(null);
            if (caller == null) {
                throw new IllegalStateException("No authenticated caller: send a Consort API key as 'Authorization: Bearer <key>'");
            }
            if (!roles.contains(caller.role())) {
                throw new IllegalStateException("Refused: the role " + caller.role() + " may not call "
                        + definition.name() + " (allowed: " + roles.stream().map(Role::name).sorted()
                        .collect(Collectors.joining(", ")) + ")");
            }
            Map<String, Object> values = new HashMap<>(context.getContext());
            values.put(StudioTools.CALLER, caller);
            if (caller.isPartner()) {
                values.put(AssistantTools.CONFINED_TO_PARTNER, caller.partnerId() == null ? "" : caller.partnerId());
            }
            String output = tool.call(input, new ToolContext(values));
            if (SEARCH_PARTNERS.equals(definition.name())) {
                recordShortlist(caller, input, output);
            }
            return output;
        }

        /** search_partners' hits, in the order returned, for the fair-exposure figures. */
        private void recordShortlist(Caller caller, String input, String output) {
            try {
                JsonNode hits = json.readTree(output);
                List<String> partnerIds = new ArrayList<>();
                hits.forEach(hit -> partnerIds.add(hit.path("partnerId").asString()));
                recommendations.shown(caller, Recommendations.MCP, json.readTree(input).path("need").asString(), partnerIds);
            } catch (JacksonException e) {
                // not a list of hits (an error text): nothing was recommended
            }
        }
    }
}
