package com.consort.knowledge;

import com.consort.knowledge.testing.TestStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

class EmbeddedKnowledgeTest extends KnowledgeContract {

    @Override
    DataSource dataSource() {
        try {
            return TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "knowledge-"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
