package com.consort.knowledge.internal.storage;

import com.consort.knowledge.VectorIndex;
import com.consort.knowledge.testing.TestStorage;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedVectorIndexTest extends VectorIndexContract {

    @TempDir
    static Path dataDir;

    @Override
    protected DataSource dataSource() {
        return TestStorage.embedded(dataDir);
    }

    @Override
    protected VectorIndex newIndex(DataSource dataSource) {
        return new InProcessVectorIndex(new JdbcTemplate(dataSource));
    }
}
