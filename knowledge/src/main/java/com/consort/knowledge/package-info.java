/**
 * The door of the knowledge module: the only package other modules may use (ModuleBoundariesTest in
 * server checks it). It holds the facades ({@link com.consort.knowledge.PartnerDirectory} for the partner
 * directory and profile indexing, {@link com.consort.knowledge.DocumentIngestor} for documents,
 * {@link com.consort.knowledge.PartnerSearch} and {@link com.consort.knowledge.ChunkSearch} for retrieval,
 * {@link com.consort.knowledge.BulkImport}, {@link com.consort.knowledge.Opportunities}), the read models,
 * the records they exchange, the vendor's vocabulary, the storage ports ({@link com.consort.knowledge.Embedder},
 * {@link com.consort.knowledge.VectorIndex}, {@link com.consort.knowledge.KeywordIndex}, each with a contract
 * test that both storage set-ups pass) and the exceptions callers catch. How documents are parsed, partners
 * imported, questions read and indexes kept is behind it, in {@code com.consort.knowledge.internal}.
 */
package com.consort.knowledge;
