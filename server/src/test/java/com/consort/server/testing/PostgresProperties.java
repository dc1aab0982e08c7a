package com.consort.server.testing;

import com.consort.knowledge.testing.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring Boot test's data source at a fresh database of the shared test PostgreSQL server. */
public final class PostgresProperties {

    private PostgresProperties() {
    }

    public static void freshDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.Database db = PostgresTestDatabase.server().createDatabase();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
