package com.consort.knowledge.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wiring only: a local HTTP server that speaks the OpenAI embeddings protocol stands in for a real
 * endpoint, so this checks the request, the batching and the dimension check, not embedding quality.
 */
class RemoteEmbedderTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private String start(int dimensions) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/embeddings", exchange -> {
            requests.incrementAndGet();
            var request = JsonMapper.builder().build().readTree(exchange.getRequestBody());
            List<String> inputs = new ArrayList<>();
            request.get("input").forEach(i -> inputs.add(i.asString()));
            StringBuilder data = new StringBuilder();
            for (int i = 0; i < inputs.size(); i++) {
                float[] v = new float[dimensions];
                v[inputs.get(i).length() % dimensions] = 1; // deterministic, and different for different lengths
                StringBuilder vector = new StringBuilder();
                for (int d = 0; d < dimensions; d++) {
                    vector.append(d == 0 ? "" : ",").append(v[d]);
                }
                data.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                        .append(",\"embedding\":[").append(vector).append("]}");
            }
            byte[] body = ("{\"object\":\"list\",\"data\":[" + data + "],\"model\":\"" + request.get("model").asString()
                    + "\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void wiringEmbedsPassagesAndQueriesThroughAnOpenAiCompatibleEndpoint() throws Exception {
        var embedder = new RemoteEmbedder(start(384), "secret", "bge-small", Duration.ofSeconds(5)).verified();

        List<float[]> vectors = embedder.embedPassages(List.of("a", "bb", "ccc"));

        assertThat(vectors).hasSize(3).allSatisfy(v -> assertThat(v).hasSize(384));
        assertThat(vectors.get(1)[2]).isEqualTo(1f);
        assertThat(embedder.embedQuery("dddd")[4]).isEqualTo(1f);
        assertThat(embedder.modelName()).isEqualTo("bge-small");
    }

    @Test
    void wiringRefusesAModelWhoseVectorsDoNotFitTheIndex() throws Exception {
        var embedder = new RemoteEmbedder(start(1536), null, "text-embedding-3-small", Duration.ofSeconds(5));

        assertThatThrownBy(embedder::verified).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1536").hasMessageContaining("384");
    }
}
