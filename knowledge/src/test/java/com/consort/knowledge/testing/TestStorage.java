package com.consort.knowledge.testing;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Migrated databases for both storage set-ups, as the server configures them. */
public final class TestStorage {

    private TestStorage() {
    }

    public static DataSource embedded(Path dataDir) {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("consort") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
        return migrate(dataSource, "h2");
    }

    public static DataSource postgres() {
        PostgresTestDatabase.Database db = PostgresTestDatabase.server().createDatabase();
        return migrate(new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password()), "postgresql");
    }

    /** The same locations as the server's spring.flyway.locations, with Boot's {vendor} resolved. */
    private static DataSource migrate(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).failOnMissingLocations(false).load().migrate();
        return dataSource;
    }
}
