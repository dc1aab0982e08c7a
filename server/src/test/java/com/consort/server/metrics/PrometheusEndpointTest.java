package com.consort.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.server.testing.WebClient;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * /actuator/prometheus after real requests: a partner import and an assistant question show up in
 * Consort's own meters; the endpoint admits an ADMIN key or the metrics key, and the metrics key
 * opens nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "consort.admin-api-key=" + PrometheusEndpointTest.ADMIN, "consort.demo-data=false",
        "consort.metrics-key=" + PrometheusEndpointTest.METRICS})
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class PrometheusEndpointTest {

    static final String ADMIN = "test-admin-key-metrics-0123456789";
    static final String METRICS = "test-metrics-key-0123456789";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutAnOtlpEndpointNoSpanLeavesTheServer() {
        // the default set-up: traces are sampled for the logs' trace ids, but nothing is exported (TracingTest)
        assertThat(context.getBeansOfType(SpanExporter.class)).isEmpty();
    }

    @Test
    void consortsMetersAreScrapedAfterRealRequestsWithAnAdminOrTheMetricsKey() throws Exception {
        var imported = WebClient.upload(port, "/api/partners/import", ADMIN, "file", "partners.csv", """
                id,name,type,tier,regions,countries,languages,industries,specializations,integrations,description,status
                M1,Metered Partners GmbH,SI,Gold,DACH,Germany,German,Automotive,PMO,Jira,PMO work for carmakers.,active
                M2,Second Metered SAS,SI,Silver,EMEA,France,Mandrin,Healthcare,Workflow,Jira,Hospitals.,active
                M3,,SI,Silver,EMEA,France,French,Healthcare,Workflow,Jira,A row without a name.,active
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String conversation = WebClient.bearer(port, "POST", "/api/assistant/conversations", ADMIN, null).json()
                .get("id").asString();
        var answered = WebClient.bearer(port, "POST", "/api/assistant/conversations/" + conversation + "/messages", ADMIN,
                "{\"text\":\"Which partner does PMO work for carmakers in Germany?\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);

        var scrape = WebClient.bearer(port, "GET", "/actuator/prometheus", METRICS, null);
        assertThat(scrape.status()).isEqualTo(200);
        String text = scrape.body();
        assertThat(text).containsPattern("consort_answers_total\\{intent=\"partners\",mode=\"offline\"} [1-9]");
        assertThat(text).containsPattern("consort_import_rows_total\\{outcome=\"accepted\"} [2-9]");
        assertThat(text).containsPattern("consort_import_rows_total\\{outcome=\"rejected\"} [1-9]");
        assertThat(text).containsPattern("consort_import_rows_total\\{outcome=\"warned\"} [1-9]");
        assertThat(text).containsPattern("consort_search_latency_seconds_count\\{leg=\"dense\"} [1-9]");
        assertThat(text).containsPattern("consort_search_latency_seconds_count\\{leg=\"keyword\"} [1-9]");
        assertThat(text).contains("consort_drafts{state=\"draft\"} 0.0");
        assertThat(text).contains("consort_eval_runs{outcome=\"regressed\"} 0.0");
        assertThat(text).contains("consort_import_jobs{state=\"running\"} 0.0");
        assertThat(text).contains("http_server_requests_seconds_count");

        assertThat(WebClient.bearer(port, "GET", "/actuator/prometheus", ADMIN, null).status()).isEqualTo(200);
        assertThat(WebClient.bearer(port, "GET", "/actuator/prometheus", null, null).status()).isEqualTo(401);
        assertThat(WebClient.bearer(port, "GET", "/actuator/prometheus", "not-a-key", null).status()).isEqualTo(401);
        String seller = WebClient.bearer(port, "POST", "/api/admin/api-keys", ADMIN, "{\"name\":\"s\",\"role\":\"SELLER\"}")
                .json().get("key").asString();
        assertThat(WebClient.bearer(port, "GET", "/actuator/prometheus", seller, null).status()).isEqualTo(403);
        // the metrics key is no API key
        assertThat(WebClient.bearer(port, "GET", "/api/partners/M1", METRICS, null).status()).isEqualTo(401);
    }
}
