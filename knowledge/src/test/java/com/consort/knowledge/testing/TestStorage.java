package com.consort.knowledge.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Migrated databases for both storage set-ups, as the server configures them. */
public final class TestStorage {

    private TestStorage() {
    }

    public static DataSource embedded(Path dataDir) {
        return embedded(dataDir, url -> url);
    }

    /** The embedded set-up with its URL changed (a benchmark compares settings). */
    public static DataSource embedded(Path dataDir, java.util.function.UnaryOperator<String> url) {
        return migrate(pool(url.apply(com.consort.knowledge.StorageKind.embeddedUrl(dataDir)), "sa", ""), "h2");
    }

    public static DataSource postgres() {
        PostgresTestDatabase.Database db = PostgresTestDatabase.server().createDatabase();
        return migrate(pool(db.jdbcUrl(), db.user(), db.password()), "postgresql");
    }

    /** An existing PostgreSQL database, migrated (a benchmark that keeps its data between runs). */
    public static DataSource postgres(String jdbcUrl, String user, String password) {
        return migrate(pool(jdbcUrl, user, password), "postgresql");
    }

    /** Pooled like the server's: an unpooled H2 file database would be reopened for every statement. */
    private static DataSource pool(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
        return dataSource;
    }

    /** The same locations as the server's spring.flyway.locations, with Boot's {vendor} resolved. */
    private static DataSource migrate(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).failOnMissingLocations(false).load().migrate();
        return dataSource;
    }
}
