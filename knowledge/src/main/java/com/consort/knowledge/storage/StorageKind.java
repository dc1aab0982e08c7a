package com.consort.knowledge.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The two storage set-ups Consort runs on; chosen by the JDBC URL, never by a separate switch. */
public enum StorageKind {
    /** An H2 database file in the data directory plus an in-process vector index. */
    EMBEDDED,
    /** PostgreSQL with the pgvector extension. */
    POSTGRES;

    public static StorageKind of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product) ? POSTGRES : EMBEDDED;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect the storage set-up", e);
        }
    }
}
