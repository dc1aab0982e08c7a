package com.consort.server;

import com.consort.knowledge.StorageKind;
import com.consort.server.testing.PostgresProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresServerTest extends KnowledgeBadInputContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresProperties.freshDatabase(registry);
    }

    @Override
    StorageKind expectedStorage() {
        return StorageKind.POSTGRES;
    }
}
