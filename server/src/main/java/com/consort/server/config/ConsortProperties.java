package com.consort.server.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Every Consort setting, bound from {@code consort.*} in application.yml, where each one is mapped to
 * its environment variable and documented.
 */
@ConfigurationProperties("consort")
public record ConsortProperties(Path dataDir, String adminApiKey, boolean demoData, Model model, Limits limits,
                                Path promptsDir) {

    /** A chat model endpoint; with no base URL Consort runs in offline mode. */
    public record Model(String provider, String baseUrl, String apiKey, String name, Duration timeout) {
        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }

    public record Limits(DataSize maxUpload, int maxQuestionChars) {
    }

    public String mode() {
        return model != null && model.configured() ? "llm" : "offline";
    }
}
