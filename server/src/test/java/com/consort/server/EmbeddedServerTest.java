package com.consort.server;

import com.consort.knowledge.StorageKind;
import org.springframework.test.context.TestPropertySource;

// An inlined property, not @DynamicPropertySource: the embedded database URL is derived from the data
// directory before dynamic properties exist. random.uuid gives each run a fresh database.
@TestPropertySource(properties = "consort.data-dir=target/test-data/${random.uuid}")
class EmbeddedServerTest extends KnowledgeBadInputContract {

    @Override
    StorageKind expectedStorage() {
        return StorageKind.EMBEDDED;
    }
}
