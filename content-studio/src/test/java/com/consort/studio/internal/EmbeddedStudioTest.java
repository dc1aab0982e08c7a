package com.consort.studio.internal;

import com.consort.knowledge.testing.TestStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

class EmbeddedStudioTest extends StudioContract {

    @Override
    DataSource dataSource() {
        try {
            return TestStorage.embedded(Files.createTempDirectory(Path.of("target"), "studio-"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
