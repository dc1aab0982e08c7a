package com.consort.server.review;

import com.consort.knowledge.ImportFormat;
import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.security.Role;
import com.consort.server.testing.WebClient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every /api and /v1 endpoint the application has (read from Spring MVC's handler mapping, so a new
 * endpoint without an expectation here fails the test) with every role, a partner's key and a partner's
 * logged-in session, pointing at ANOTHER partner's draft, story, comments, brand kit and directory
 * entry, and checks the exact status: a partner gets 404 for everything of another partner, roles get
 * 403 for what they may not do (sellers and partners never approve), and nothing of the other partner
 * leaks into lists or changes.
 *
 * <p>Ids: {draft}, {story}, {partner} are the other partner's (B's). A role the endpoint admits gets a
 * missing id instead on endpoints that change data ("mutates"), so the walk leaves B's data as it was;
 * those expectations are then the missing-id answer (404, or 400/415 for an unusable body).
 */
class IsolationWalkTest extends ReviewTestSupport {

    record Rule(String endpoint, String path, String body, boolean mutates, Map<Role, Integer> expected) {
    }

    private static final String MISSING = "missing-0000";
    private static final String WALK_ACCOUNT = "Walk%20Account";
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private String conversation;

    @Autowired
    com.consort.knowledge.Opportunities opportunities;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A=ADMIN S=SELLER M=MARKETING E=EVALUATOR P=PARTNER (of partner A, pointed at partner B's things). */
    private void rule(String endpoint, String path, String body, boolean mutates, String expected) {
        Map<Role, Integer> statuses = new EnumMap<>(Role.class);
        for (String part : expected.split(" ")) {
            Role role = switch (part.charAt(0)) {
                case 'A' -> Role.ADMIN;
                case 'S' -> Role.SELLER;
                case 'M' -> Role.MARKETING;
                case 'E' -> Role.EVALUATOR;
                case 'P' -> Role.PARTNER;
                default -> throw new IllegalArgumentException(part);
            };
            statuses.put(role, Integer.parseInt(part.substring(2)));
        }
        assertThat(statuses).as(endpoint).hasSize(5);
        rules.put(endpoint, new Rule(endpoint, path, body, mutates, statuses));
    }

    private void expectations() {
        // who am I
        rule("GET /api/me", "/api/me", null, false, "A=200 S=200 M=200 E=200 P=200");
        // a logged-in user changes their own password (the session's body here lacks the current one); a key has none
        rule("POST /api/me/password", "/api/me/password", "{}", false, "A=400 S=400 M=400 E=400 P=400");
        // administration: admins only
        rule("POST /api/admin/api-keys", "/api/admin/api-keys", "{}", true, "A=400 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/api-keys", "/api/admin/api-keys", null, false, "A=200 S=403 M=403 E=403 P=403");
        rule("DELETE /api/admin/api-keys/{id}", "/api/admin/api-keys/{missing}", null, true, "A=404 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/users", "/api/admin/users", "{}", true, "A=400 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/users", "/api/admin/users", null, false, "A=200 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/users/{id}", "/api/admin/users/{missing}", null, false, "A=404 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/users/{id}/disable", "/api/admin/users/{missing}/disable", null, true, "A=404 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/users/{id}/enable", "/api/admin/users/{missing}/enable", null, true, "A=404 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/users/{id}/password", "/api/admin/users/{missing}/password", "{}", true, "A=404 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/audit", "/api/admin/audit", null, false, "A=200 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/import-jobs", "/api/admin/import-jobs", "{}", true, "A=415 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/import-jobs/{id}", "/api/admin/import-jobs/{missing}", null, false, "A=404 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/taxonomy", "/api/admin/taxonomy", null, false, "A=200 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/taxonomy/synonyms", "/api/admin/taxonomy/synonyms", "{}", true, "A=400 S=403 M=403 E=403 P=403");
        rule("DELETE /api/admin/taxonomy/synonyms", "/api/admin/taxonomy/synonyms", null, true, "A=400 S=403 M=403 E=403 P=403");
        rule("PUT /api/admin/taxonomy/tier-order", "/api/admin/taxonomy/tier-order", "{}", true, "A=400 S=403 M=403 E=403 P=403");
        rule("POST /api/admin/taxonomy/merges", "/api/admin/taxonomy/merges", "{}", true, "A=400 S=403 M=403 E=403 P=403");
        rule("GET /api/admin/taxonomy/yaml", "/api/admin/taxonomy/yaml", null, false, "A=200 S=403 M=403 E=403 P=403");
        rule("PUT /api/admin/taxonomy/yaml", "/api/admin/taxonomy/yaml", "{}", true, "A=415 S=403 M=403 E=403 P=403");
        // knowledge: vendor data; a partner reads its own directory entry only
        rule("POST /api/knowledge/search", "/api/knowledge/search", "{\"query\":\"PMO\"}", false, "A=200 S=200 M=200 E=200 P=403");
        rule("POST /api/documents", "/api/documents", "{}", true, "A=415 S=403 M=415 E=403 P=403");
        rule("PUT /api/documents/{id}", "/api/documents/{story}", "{}", true, "A=415 S=403 M=415 E=403 P=403");
        rule("GET /api/documents/{id}", "/api/documents/{story}", null, false, "A=200 S=200 M=200 E=200 P=403");
        rule("GET /api/documents", "/api/documents", null, false, "A=200 S=200 M=200 E=200 P=403");
        rule("DELETE /api/documents/{id}", "/api/documents/{story}", null, true, "A=404 S=403 M=404 E=403 P=403");
        rule("POST /api/partners/import", "/api/partners/import", "{}", true, "A=415 S=403 M=415 E=403 P=403");
        rule("GET /api/partners/{id}", "/api/partners/{partner}", null, false, "A=200 S=200 M=200 E=200 P=404");
        rule("GET /api/partners", "/api/partners", null, false, "A=200 S=200 M=200 E=200 P=403");
        rule("DELETE /api/partners/{id}", "/api/partners/{partner}", null, true, "A=404 S=403 M=404 E=403 P=403");
        rule("POST /api/partners/search", "/api/partners/search", "{\"query\":\"PMO partner\"}", false, "A=200 S=200 M=200 E=200 P=403");
        // CRM opportunities: imported by admins; vendor roles read all, a partner only its own deals and KPIs
        // (the walk account has deals of both partners: the check below fails on any of partner B's in a partner's answer)
        rule("POST /api/admin/opportunities/import", "/api/admin/opportunities/import", "{}", true, "A=415 S=403 M=403 E=403 P=403");
        rule("GET /api/opportunities", "/api/opportunities?account=" + WALK_ACCOUNT, null, false, "A=200 S=200 M=200 E=200 P=200");
        rule("GET /api/opportunities/kpis", "/api/opportunities/kpis", null, false, "A=200 S=200 M=200 E=200 P=200");
        rule("GET /api/opportunities/overlap", "/api/opportunities/overlap?account=" + WALK_ACCOUNT, null, false,
                "A=200 S=200 M=200 E=200 P=200");
        // content studio: partners confined to their own stories, drafts and brand kit; sellers read published
        // assets only ({draft} is unpublished: 404, as if it did not exist); evaluators out
        rule("GET /api/studio/stories", "/api/studio/stories", null, false, "A=200 S=200 M=200 E=403 P=200");
        // a story upload: curators and partners (their own); a JSON body is not the multipart form it takes
        rule("POST /api/studio/stories", "/api/studio/stories", "{}", true, "A=415 S=403 M=415 E=403 P=415");
        rule("GET /api/studio/stories/{documentId}/facts", "/api/studio/stories/{story}/facts", null, false, "A=200 S=200 M=200 E=403 P=404");
        rule("POST /api/studio/drafts", "/api/studio/drafts", "{\"sourceDocumentId\":\"{story}\",\"partnerId\":\"{partner}\",\"assetType\":\"social\"}",
                true, "A=404 S=403 M=404 E=403 P=404");
        rule("GET /api/studio/drafts", "/api/studio/drafts", null, false, "A=200 S=200 M=200 E=403 P=200");
        rule("GET /api/studio/drafts/{id}", "/api/studio/drafts/{draft}", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("GET /api/studio/drafts/{id}/versions", "/api/studio/drafts/{draft}/versions", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("GET /api/studio/drafts/{id}/versions/{version}", "/api/studio/drafts/{draft}/versions/1", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("PATCH /api/studio/drafts/{id}", "/api/studio/drafts/{draft}", "{\"expectedVersion\":1,\"sections\":{\"x\":\"mine now\"}}",
                true, "A=404 S=403 M=404 E=403 P=404");
        rule("POST /api/studio/drafts/{id}/regenerate", "/api/studio/drafts/{draft}/regenerate", "{\"expectedVersion\":1}",
                true, "A=404 S=403 M=404 E=403 P=404");
        rule("GET /api/studio/drafts/{id}/diff", "/api/studio/drafts/{draft}/diff?from=1&to=1", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("GET /api/studio/drafts/{id}/export", "/api/studio/drafts/{draft}/export", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("GET /api/studio/brand-kits/{id}", "/api/studio/brand-kits/{partner}", null, false, "A=200 S=200 M=200 E=403 P=404");
        rule("PUT /api/studio/brand-kits/{id}", "/api/studio/brand-kits/{partner}", "{\"name\":\"Taken over\"}", true,
                "A=404 S=403 M=404 E=403 P=404");
        // assistant: vendor roles only; a conversation is its creator's alone ({conversation} is another seller's)
        rule("POST /api/assistant/conversations", "/api/assistant/conversations", null, true, "A=201 S=201 M=201 E=201 P=403");
        rule("GET /api/assistant/conversations", "/api/assistant/conversations", null, false, "A=200 S=200 M=200 E=200 P=403");
        rule("GET /api/assistant/conversations/{id}", "/api/assistant/conversations/{conversation}", null, false,
                "A=404 S=404 M=404 E=404 P=403");
        rule("DELETE /api/assistant/conversations/{id}", "/api/assistant/conversations/{conversation}", null, false,
                "A=404 S=404 M=404 E=404 P=403");
        rule("POST /api/assistant/conversations/{id}/messages", "/api/assistant/conversations/{conversation}/messages",
                "{\"text\":\"Who can run a PMO?\"}", false, "A=404 S=404 M=404 E=404 P=403");
        rule("POST /api/assistant/suggestions", "/api/assistant/suggestions", "{\"description\":\"PMO for car parts\"}", false,
                "A=200 S=200 M=200 E=200 P=403");
        // the OpenAI-compatible endpoint is the assistant: vendor roles only, errors in OpenAI's shape
        rule("GET /v1/models", "/v1/models", null, false, "A=200 S=200 M=200 E=200 P=403");
        rule("GET /v1/models/{model}", "/v1/models/{missing}", null, false, "A=404 S=404 M=404 E=404 P=403");
        rule("POST /v1/chat/completions", "/v1/chat/completions",
                "{\"model\":\"consort-partner-finder\",\"messages\":[{\"role\":\"user\",\"content\":\"Who can run a PMO?\"}]}",
                false, "A=200 S=200 M=200 E=200 P=403");
        // eval: evaluators and admins only (a run request with a bad option is refused before anything runs)
        rule("GET /api/eval/suites", "/api/eval/suites", null, false, "A=200 S=403 M=403 E=200 P=403");
        rule("POST /api/eval/runs", "/api/eval/runs", "{\"retrieval\":\"bogus\"}", true, "A=400 S=403 M=403 E=400 P=403");
        rule("GET /api/eval/runs", "/api/eval/runs", null, false, "A=200 S=403 M=403 E=200 P=403");
        rule("GET /api/eval/runs/{id}", "/api/eval/runs/{missing}", null, false, "A=404 S=403 M=403 E=404 P=403");
        rule("GET /api/eval/runs/{id}/report", "/api/eval/runs/{missing}/report", null, false, "A=404 S=403 M=403 E=404 P=403");
        rule("GET /api/eval/runs/{id}/result", "/api/eval/runs/{missing}/result", null, false, "A=404 S=403 M=403 E=404 P=403");
        rule("GET /api/eval/compare", "/api/eval/compare?base={missing}&head={missing}", null, false, "A=404 S=403 M=403 E=404 P=403");
        rule("GET /api/eval/history", "/api/eval/history?suite=retrieval-demo", null, false, "A=200 S=403 M=403 E=200 P=403");
        // review: only marketing decides; partners submit, publish and archive their own; everything of B is 404 to A
        rule("GET /api/review/queue", "/api/review/queue", null, false, "A=200 S=403 M=200 E=403 P=403");
        rule("GET /api/review/drafts", "/api/review/drafts", null, false, "A=200 S=200 M=200 E=403 P=200");
        rule("GET /api/review/drafts/{id}", "/api/review/drafts/{draft}", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("POST /api/review/drafts/{id}/submit", "/api/review/drafts/{draft}/submit", "{\"lockVersion\":0}", true,
                "A=403 S=403 M=404 E=403 P=404");
        rule("POST /api/review/drafts/{id}/approve", "/api/review/drafts/{draft}/approve", "{\"lockVersion\":0,\"version\":1}", true,
                "A=403 S=403 M=404 E=403 P=403");
        rule("POST /api/review/drafts/{id}/request-changes", "/api/review/drafts/{draft}/request-changes",
                "{\"lockVersion\":0,\"comment\":\"mine\"}", true, "A=403 S=403 M=404 E=403 P=403");
        rule("POST /api/review/drafts/{id}/reject", "/api/review/drafts/{draft}/reject", "{\"lockVersion\":0,\"reason\":\"mine\"}", true,
                "A=403 S=403 M=404 E=403 P=403");
        rule("POST /api/review/drafts/{id}/publish", "/api/review/drafts/{draft}/publish", "{\"lockVersion\":0}", true,
                "A=403 S=403 M=404 E=403 P=404");
        rule("POST /api/review/drafts/{id}/archive", "/api/review/drafts/{draft}/archive", "{\"lockVersion\":0}", true,
                "A=403 S=403 M=404 E=403 P=404");
        rule("GET /api/review/drafts/{id}/comments", "/api/review/drafts/{draft}/comments", null, false, "A=200 S=404 M=200 E=403 P=404");
        rule("POST /api/review/drafts/{id}/comments", "/api/review/drafts/{draft}/comments", "{\"body\":\"mine\"}", true,
                "A=404 S=403 M=404 E=403 P=404");
    }

    @Test
    void everyApiEndpointAnswersEachRoleAsExpectedAndNeverShowsAnotherPartnersThings() throws Exception {
        expectations();
        Set<String> endpoints = apiEndpoints();
        assertThat(new TreeSet<>(rules.keySet())).as("every /api and /v1 endpoint has an expectation, and only those")
                .isEqualTo(new TreeSet<>(endpoints));

        // both partners' deals at one account
        opportunities.importFile(new java.io.ByteArrayInputStream(("""
                Opportunity ID,Account Name,Close Date,Stage,Partner Account,Partner Role,Amount,Currency
                WALK-A,Walk Account,2026-06-01,Closed Won,%s,Sourced,1000,EUR
                WALK-B,Walk Account,2026-06-01,Closed Won,%s,Reseller,2000,EUR
                """.formatted(PARTNER_A, PARTNER_B)).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ImportFormat.CSV, Map.of());
        assertThat(call("GET", "/api/opportunities?account=" + WALK_ACCOUNT, key(Role.SELLER), null).body())
                .contains(PARTNER_A).contains(PARTNER_B);

        // partner B's things: a draft with a comment, its story, its brand kit, its directory entry
        String draftB = newDraft(fixture.partnerB(), fixture.storyB());
        assertThat(call("POST", "/api/review/drafts/" + draftB + "/comments", fixture.partnerB(), "{\"body\":\"B only\"}").status())
                .isEqualTo(201);
        String kitB = call("GET", "/api/studio/brand-kits/" + PARTNER_B, key(Role.MARKETING), null).body();
        var before = state(draftB);
        String otherSeller = apiKeys.create("another seller", Role.SELLER, null).plaintext();
        conversation = call("POST", "/api/assistant/conversations", otherSeller, null).json().get("id").asString();

        var session = new WebClient(port);
        String username = "walk-partner-" + System.nanoTime();
        users.create(username, "Walk partner", null, Role.PARTNER, PARTNER_A, "Liberty Works", PASSWORD);
        assertThat(session.login(username, PASSWORD).header("Location")).doesNotContain("error");

        List<String> failures = new ArrayList<>();
        for (Rule rule : rules.values()) {
            String method = rule.endpoint().substring(0, rule.endpoint().indexOf(' '));
            for (Role role : Role.values()) {
                int expected = rule.expected().get(role);
                boolean admitted = expected != 403 && role != Role.PARTNER;
                boolean useMissing = rule.mutates() && admitted;
                String path = fill(rule.path(), draftB, useMissing);
                String body = rule.body() == null ? null : fill(rule.body(), draftB, useMissing);
                var response = call(method, path, key(role), body);
                check(failures, rule, role.name() + " key", expected, response, draftB);
                if (role == Role.PARTNER) {
                    var viaSession = session.api(method, path, body, true);
                    check(failures, rule, "PARTNER session", expected, viaSession, draftB);
                }
            }
        }
        assertThat(failures).as("endpoints that answered otherwise").isEmpty();

        // and nothing of partner B changed
        var after = state(draftB);
        assertThat(after.get("status").asString()).isEqualTo("draft");
        assertThat(after.get("lockVersion").asLong()).isEqualTo(before.get("lockVersion").asLong());
        assertThat(after.get("currentVersion").asInt()).isEqualTo(1);
        assertThat(call("GET", "/api/review/drafts/" + draftB + "/comments", fixture.partnerB(), null).json().size()).isEqualTo(1);
        assertThat(call("GET", "/api/studio/brand-kits/" + PARTNER_B, key(Role.MARKETING), null).body()).isEqualTo(kitB);
        assertThat(call("GET", "/api/partners/" + PARTNER_B, key(Role.MARKETING), null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/documents/" + fixture.storyB(), key(Role.MARKETING), null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/assistant/conversations/" + conversation, otherSeller, null).json().get("messages").size())
                .isZero();
    }

    /**
     * The MCP tools over the protocol (the MCP Java SDK's client on /mcp), every tool with every role,
     * pointed at partner B's things: vendor roles search, only partners and marketing draft, and a
     * partner drafting from partner B's story is told it does not exist.
     */
    @Test
    void everyMcpToolAnswersEachRoleAsExpected() {
        Map<String, Map<String, Object>> calls = new LinkedHashMap<>();
        calls.put("search_partners", Map.of("need", "PMO rollout for a car-parts maker"));
        calls.put("get_partner", Map.of("partnerId", PARTNER_B));
        calls.put("find_case_studies", Map.of("query", "PMO", "partnerId", PARTNER_B));
        calls.put("program_policy", Map.of("question", "How long is a registered deal protected?"));
        calls.put("draft_asset", Map.of("caseStudyId", fixture.storyB(), "assetType", "social"));
        // deals at an account where both partners have one: a partner sees its own only (checked below)
        calls.put("account_overlap", Map.of("account", "Walk Account"));
        opportunities.importFile(new java.io.ByteArrayInputStream(("Opportunity ID,Account Name,Close Date,Stage,Partner Account,Partner Role\n"
                + "WALK-A,Walk Account,2026-06-01,Closed Won," + PARTNER_A + ",Sourced\n"
                + "WALK-B,Walk Account,2026-06-01,Closed Won," + PARTNER_B + ",Reseller\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ImportFormat.CSV, Map.of());
        // ok, refused (the role may not call it) or missing (B's story, as if it did not exist)
        Map<Role, String> expected = Map.of(
                Role.ADMIN, "ok ok ok ok refused ok",
                Role.SELLER, "ok ok ok ok refused ok",
                Role.EVALUATOR, "ok ok ok ok refused ok",
                Role.MARKETING, "ok ok ok ok ok ok",
                Role.PARTNER, "refused refused refused refused missing ok");
        List<String> failures = new ArrayList<>();
        for (Role role : Role.values()) {
            var transport = HttpClientStreamableHttpTransport.builder("http://localhost:" + port).endpoint("/mcp")
                    .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key(role))).build();
            try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
                client.initialize();
                assertThat(client.listTools().tools()).hasSize(calls.size());
                String[] outcomes = expected.get(role).split(" ");
                int i = 0;
                for (var call : calls.entrySet()) {
                    var result = client.callTool(new McpSchema.CallToolRequest(call.getKey(), call.getValue()));
                    String text = ((McpSchema.TextContent) result.content().get(0)).text();
                    String outcome = !Boolean.TRUE.equals(result.isError()) ? "ok"
                            : text.startsWith("Refused: the role " + role) ? "refused"
                            : text.equals("No case study " + fixture.storyB()) ? "missing" : "error: " + text;
                    if (!outcome.equals(outcomes[i++])) {
                        failures.add(call.getKey() + " as " + role + ": " + outcome + " (expected " + outcomes[i - 1] + ")");
                    } else if (role == Role.PARTNER && text.contains(PARTNER_B)) {
                        failures.add(call.getKey() + " as PARTNER shows partner B's data");
                    } else if (call.getKey().equals("account_overlap") && !text.contains(PARTNER_A)) {
                        failures.add("account_overlap as " + role + " does not show partner A's own deal: " + text);
                    } else if (call.getKey().equals("account_overlap") && role != Role.PARTNER && !text.contains(PARTNER_B)) {
                        failures.add("account_overlap as " + role + " does not show every partner's deal: " + text);
                    }
                }
            }
        }
        assertThat(failures).as("MCP tool calls that answered otherwise").isEmpty();
    }

    private void check(List<String> failures, Rule rule, String who, int expected, WebClient.Response response, String draftB) {
        if (response.status() != expected) {
            failures.add(rule.endpoint() + " as " + who + ": " + response.status() + " (expected " + expected + ") "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        } else if (who.startsWith("PARTNER") && response.status() == 200
                && (response.body().contains(draftB) || response.body().contains(fixture.storyB())
                || response.body().contains(PARTNER_B))) {
            failures.add(rule.endpoint() + " as " + who + " shows partner B's data");
        } else if (response.status() >= 400 && rule.path().startsWith("/v1/")) {
            if (!response.header("Content-Type").startsWith("application/json") || !response.body().contains("\"error\":{\"message\"")) {
                failures.add(rule.endpoint() + " as " + who + ": " + response.status() + " is not in the OpenAI error shape");
            }
        } else if (response.status() >= 400 && !response.header("Content-Type").startsWith("application/problem+json")) {
            failures.add(rule.endpoint() + " as " + who + ": " + response.status() + " is not problem+json");
        }
    }

    private String fill(String template, String draftB, boolean useMissing) {
        return template.replace("{draft}", useMissing ? MISSING : draftB)
                .replace("{story}", useMissing ? MISSING : fixture.storyB())
                .replace("{partner}", useMissing ? MISSING : PARTNER_B)
                .replace("{conversation}", conversation)
                .replace("{missing}", MISSING);
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/v1/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }
}
