package com.consort.server.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.testing.DemoSlice;
import com.consort.server.security.ApiKeys;
import com.consort.server.security.Role;
import com.consort.server.testing.Npm;
import com.consort.studio.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients we did not write against a running server: the official {@code openai} npm package on
 * {@code /v1} and the official MCP TypeScript SDK client on {@code /mcp}, installed with {@code npm ci}
 * from the committed lock file in {@code src/test/interop}. Each script prints what its client received
 * as one JSON object; the transcripts are also kept in {@code target/interop/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=interop-admin-key-0123456789", "consort.demo-data=false"})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteropClientsTest {

    private static final Path CLIENTS = Path.of("src/test/interop");
    private static final Path TRANSCRIPTS = Path.of("target/interop");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    BulkImport bulkImport;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Stories stories;

    @BeforeAll
    void setUp() throws Exception {
        Npm.install(CLIENTS);
        bulkImport.run(DemoSlice.of(60, 4), DocumentKind.CASE_STUDY, (phase, done, total) -> { });
    }

    @Test
    void theOpenAiClientGetsAnswersStreamedAndNotAndErrorsInItsOwnShape() throws Exception {
        JsonNode run = node("openai-client.mjs", key(Role.SELLER, null), key(Role.PARTNER, "P0001"));

        assertThat(run.get("models").toString()).isEqualTo("[\"consort-partner-finder\"]");

        JsonNode completion = run.get("completion");
        assertThat(completion.get("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.get("model").asString()).isEqualTo("consort-partner-finder");
        JsonNode choice = completion.get("choices").get(0);
        assertThat(choice.get("finish_reason").asString()).isEqualTo("stop");
        assertThat(choice.get("message").get("role").asString()).isEqualTo("assistant");
        String content = choice.get("message").get("content").asString();
        JsonNode consort = completion.get("consort");
        assertThat(consort.get("mode").asString()).isEqualTo("offline");
        assertThat(consort.get("intent").asString()).isEqualTo("partners");
        assertThat(consort.get("partners").size()).isPositive();
        assertThat(consort.get("citations").size()).isPositive();
        // the partners of the extension field are the ones the text names
        for (JsonNode partner : consort.get("partners")) {
            assertThat(content).contains(partner.get("name").asString());
        }

        // the follow-up was answered in the context of the replayed history: details of the second partner
        JsonNode stream = run.get("stream");
        assertThat(stream.get("object").asString()).isEqualTo("chat.completion.chunk");
        assertThat(stream.get("chunks").asInt()).isGreaterThan(2);
        assertThat(stream.get("finishReason").asString()).isEqualTo("stop");
        assertThat(stream.get("consort").get("intent").asString()).isEqualTo("partner_detail");
        String second = consort.get("partners").get(1).get("name").asString();
        assertThat(stream.get("text").asString()).contains(second);
        assertThat(stream.get("consort").get("partners").get(0).get("name").asString()).isEqualTo(second);

        JsonNode errors = run.get("errors");
        assertError(errors.get("unknownModel"), "NotFoundError", 404, "not_found_error");
        assertThat(errors.get("unknownModel").get("error").get("code").asString()).isEqualTo("model_not_found");
        assertThat(errors.get("unknownModel").get("error").get("param").asString()).isEqualTo("model");
        assertError(errors.get("noUserMessage"), "BadRequestError", 400, "invalid_request_error");
        assertError(errors.get("partnerKey"), "PermissionDeniedError", 403, "permission_error");
        assertError(errors.get("badKey"), "AuthenticationError", 401, "authentication_error");
    }

    @Test
    void theMcpClientListsAndCallsEveryToolAndRoleLimitsHold() throws Exception {
        List<Document> all = stories.list(null);
        Document own = all.stream().filter(d -> d.partnerId() != null).findFirst().orElseThrow();
        Document other = all.stream().filter(d -> d.partnerId() != null && !Objects.equals(d.partnerId(), own.partnerId()))
                .findFirst().orElseThrow();
        JsonNode run = node("mcp-client.mjs", key(Role.SELLER, null), key(Role.MARKETING, null),
                key(Role.PARTNER, own.partnerId()), own.id(), other.id());

        assertThat(run.get("server").get("name").asString()).isEqualTo("consort");
        List<String> names = new ArrayList<>();
        for (JsonNode tool : run.get("tools")) {
            names.add(tool.get("name").asString());
            assertThat(tool.get("description").asString()).as(tool.get("name").asString()).hasSizeGreaterThan(80)
                    .contains("Roles allowed:");
            assertThat(tool.get("inputSchema").get("type").asString()).isEqualTo("object");
            assertThat(tool.get("inputSchema").get("properties").size()).isPositive();
        }
        assertThat(names).containsExactlyInAnyOrder("search_partners", "get_partner", "find_case_studies", "program_policy",
                "draft_asset", "account_overlap");
        JsonNode searchSchema = tool(run, "search_partners").get("inputSchema");
        assertThat(searchSchema.get("required").toString()).isEqualTo("[\"need\"]");
        assertThat(searchSchema.get("properties").get("regions").get("description").asString()).contains("EMEA");
        assertThat(tool(run, "draft_asset").get("inputSchema").get("required").toString()).contains("caseStudyId", "assetType");

        JsonNode seller = run.get("seller");
        assertThat(ok(seller.get("search")).size()).isPositive();
        JsonNode hit = ok(seller.get("search")).get(0);
        assertThat(hit.get("partnerId").asString()).isNotBlank();
        assertThat(hit.get("reasons").size()).isPositive();
        assertThat(ok(seller.get("partner")).get("partnerId").asString()).isEqualTo(hit.get("partnerId").asString());
        assertThat(ok(seller.get("stories")).get(0).get("kind").asString()).isEqualTo("case_study");
        assertThat(ok(seller.get("policy")).get("covered").asBoolean()).isTrue();
        assertThat(ok(seller.get("policy")).get("passages").get(0).get("kind").asString()).isEqualTo("program_doc");
        assertRefused(seller.get("draft"), "SELLER");

        JsonNode marketingDraft = ok(run.get("marketing").get("draft"));
        assertThat(marketingDraft.get("assetType").asString()).isEqualTo("email");
        assertThat(marketingDraft.get("sourceDocumentId").asString()).isEqualTo(own.id());
        assertThat(marketingDraft.get("sections").get("body").asString()).isNotBlank();
        assertThat(run.get("marketing").get("badAssetType").get("isError").asBoolean()).isTrue();
        assertThat(run.get("marketing").get("badAssetType").get("value").asString()).contains("assetType must be one of");

        JsonNode partner = run.get("partner");
        JsonNode partnerDraft = ok(partner.get("own"));
        assertThat(partnerDraft.get("partnerId").asString()).isEqualTo(own.partnerId());
        // another partner's story is not found, exactly as in the studio API
        assertThat(partner.get("other").get("isError").asBoolean()).isTrue();
        assertThat(partner.get("other").get("value").asString()).isEqualTo("No case study " + other.id());
        assertRefused(partner.get("search"), "PARTNER");

        assertThat(run.get("badKey").get("connected").asBoolean()).isFalse();
        assertThat(run.get("badKey").get("message").asString()).contains("401");
    }

    private static JsonNode tool(JsonNode run, String name) {
        for (JsonNode tool : run.get("tools")) {
            if (tool.get("name").asString().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError("no tool " + name);
    }

    private static JsonNode ok(JsonNode call) {
        assertThat(call.get("isError").asBoolean()).as(call.toString()).isFalse();
        return call.get("value");
    }

    private static void assertRefused(JsonNode call, String role) {
        assertThat(call.get("isError").asBoolean()).as(call.toString()).isTrue();
        assertThat(call.get("value").asString()).startsWith("Refused: the role " + role + " may not call");
    }

    private static void assertError(JsonNode failure, String clientClass, int status, String type) {
        assertThat(failure.get("class").asString()).as(failure.toString()).isEqualTo(clientClass);
        assertThat(failure.get("status").asInt()).isEqualTo(status);
        assertThat(failure.get("error").get("type").asString()).isEqualTo(type);
        assertThat(failure.get("error").get("message").asString()).isNotBlank();
    }

    private String key(Role role, String partnerId) {
        return apiKeys.create("interop " + role, role, partnerId).plaintext();
    }

    /** Runs a client script against this server; its last line of output is what it received. */
    private JsonNode node(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", script, "http://localhost:" + port));
        command.addAll(List.of(args));
        String out = Npm.run(CLIENTS, command, 240);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        Files.createDirectories(TRANSCRIPTS);
        Files.writeString(TRANSCRIPTS.resolve(script.replace(".mjs", ".json")), last);
        return JSON.readTree(last);
    }
}
