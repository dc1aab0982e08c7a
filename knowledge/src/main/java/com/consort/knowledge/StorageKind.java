package com.consort.knowledge;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The two storage set-ups Consort runs on; chosen by the JDBC URL, never by a separate switch. */
public enum StorageKind {
    /** An H2 database file in the data directory plus an in-process vector index. */
    EMBEDDED,
    /** PostgreSQL with the pgvector extension. */
    POSTGRES;

    /**
     * The JDBC URL of the embedded database file in {@code dataDir} (absolute: H2 refuses relative paths).
     * {@code WRITE_DELAY=0} makes H2 2.x write every commit to the file before the commit returns (its default
     * writes within 500 ms in the background, so a killed process lost the last acknowledged writes).
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("consort")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    public static StorageKind of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product) ? POSTGRES : EMBEDDED;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect the storage set-up", e);
        }
    }
}
