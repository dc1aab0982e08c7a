package com.consort.server.api;

import com.consort.knowledge.document.DocumentIngestor;
import com.consort.knowledge.document.DocumentParser;
import com.consort.knowledge.partner.PartnerImporter;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps what the modules throw to RFC 9457 problem+json with a status a client can act on; Spring MVC's
 * own errors (validation, unreadable body, upload too large: 413) come from the base class.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler({IllegalArgumentException.class, PartnerImporter.InvalidFileException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(com.consort.assistant.ConversationBusyException.class)
    ProblemDetail conversationBusy(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DocumentIngestor.DuplicateContentException.class)
    ProblemDetail conflict(DocumentIngestor.DuplicateContentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** An edit or transition based on an old version of a draft: reload, then apply the change again. */
    @ExceptionHandler(com.consort.studio.StaleDraftException.class)
    ProblemDetail stale(com.consort.studio.StaleDraftException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DocumentParser.UnsupportedDocumentException.class)
    ProblemDetail unsupported(DocumentParser.UnsupportedDocumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(DocumentIngestor.IndexingFailedException.class)
    ProblemDetail unreadable(DocumentIngestor.IndexingFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The file could not be indexed: " + e.getMessage());
        problem.setProperty("documentId", e.document().id());
        return problem;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not reachable right now; nothing was changed. Retry shortly.");
        problem.setProperty("retryable", true);
        return problem;
    }
}
