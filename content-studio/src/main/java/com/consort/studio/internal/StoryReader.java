package com.consort.studio.internal;

import com.consort.knowledge.Document;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.DocumentRepository;
import com.consort.studio.Stories;
import com.consort.studio.Story;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Case studies from the knowledge module's documents, their facts read by {@link FactExtractor}. */
final class StoryReader implements Stories {

    private final DocumentRepository documents;

    StoryReader(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public List<Document> list(String partnerId) {
        return documents.list(DocumentKind.CASE_STUDY, partnerId, 0, 500);
    }

    @Override
    public Optional<Document> document(String documentId) {
        return documents.find(documentId).filter(d -> d.kind() == DocumentKind.CASE_STUDY
                && d.status() == Document.Status.INDEXED);
    }

    @Override
    public Story read(String documentId) {
        Document document = document(documentId)
                .orElseThrow(() -> new NoSuchElementException("No case study " + documentId));
        return FactExtractor.read(document, documents.chunksOf(documentId));
    }
}
