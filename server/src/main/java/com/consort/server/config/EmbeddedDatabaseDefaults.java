package com.consort.server.config;

import com.consort.knowledge.StorageKind;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no database configured, points the data source at an H2 file in the data directory, with the
 * settings of {@link StorageKind#embeddedUrl} (durable commits). H2 refuses relative paths, so the
 * directory is made absolute here, once, for any way it was given.
 */
class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("consort.data-dir", "./data")).toAbsolutePath().normalize();
        environment.getPropertySources().addFirst(new MapPropertySource("consortEmbeddedDatabase", Map.of(
                "consort.data-dir", dataDir.toString(),
                "spring.datasource.url", StorageKind.embeddedUrl(dataDir),
                "spring.datasource.username", "sa",
                "spring.datasource.password", "")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.yml has been read
    }
}
