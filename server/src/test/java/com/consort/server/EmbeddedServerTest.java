package com.consort.server;

import com.consort.knowledge.storage.StorageKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EmbeddedServerTest extends ServerContract {

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "data-");
        registry.add("consort.data-dir", dataDir::toString);
    }

    @Override
    StorageKind expectedStorage() {
        return StorageKind.EMBEDDED;
    }
}
