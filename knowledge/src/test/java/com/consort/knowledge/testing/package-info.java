/**
 * The knowledge module's test fixtures, published in its test-jar and the door for other modules' tests:
 * a real PostgreSQL with pgvector per test JVM ({@code PostgresTestDatabase}), a migrated database of
 * either storage set-up ({@code TestStorage}), a knowledge context and a slice of the demo data, and the inner stages
 * other modules' benchmarks time on their own ({@code Stages}).
 */
package com.consort.knowledge.testing;
