package com.consort.server.api;

import com.consort.assistant.ConversationBusyException;
import com.consort.knowledge.InvalidImportFileException;
import com.consort.knowledge.DuplicateContentException;
import com.consort.knowledge.IndexingFailedException;
import com.consort.knowledge.ParserBusyException;
import com.consort.knowledge.UnsupportedDocumentException;
import com.consort.studio.ConflictException;
import com.consort.studio.NotAllowedException;
import com.consort.studio.StaleDraftException;
import com.consort.studio.UnsupportedClaimsException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
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

    /**
     * A bound request object (such as {@link Paging}) with a value out of range or of the wrong type: the
     * detail names each field and what it must be, without the binder's class names.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + (f.isBindingFailure() ? "must be a whole number in range" : f.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail.isEmpty() ? "Invalid request parameters" : detail);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler({IllegalArgumentException.class, InvalidImportFileException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * 409: a conversation already answering a turn, a replacement whose bytes are already another document's, an edit
     * or transition based on an old version of a draft (reload, then apply the change again), a draft or story not in
     * a state that allows it.
     */
    @ExceptionHandler({ConversationBusyException.class, DuplicateContentException.class, StaleDraftException.class,
            ConflictException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The studio's refusals: a role that may never do this (403; a draft not in a state that allows it is a 409). */
    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** A version with unsupported claims or brand errors cannot be submitted or approved: what to fix, listed. */
    @ExceptionHandler(UnsupportedClaimsException.class)
    ProblemDetail unsupportedClaims(UnsupportedClaimsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("unsupportedClaims", e.unsupportedClaims());
        problem.setProperty("brandErrors", e.brandErrors());
        return problem;
    }

    @ExceptionHandler(UnsupportedDocumentException.class)
    ProblemDetail unsupported(UnsupportedDocumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(IndexingFailedException.class)
    ProblemDetail unreadable(IndexingFailedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.getMessage()); // the reason, in words, as the document keeps it
        problem.setProperty("documentId", e.document().id());
        return problem;
    }

    @ExceptionHandler(ParserBusyException.class)
    ProblemDetail parserBusy(ParserBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("retryable", true);
        return problem;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, CannotCreateTransactionException.class})
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not reachable right now; nothing was changed. Retry shortly.");
        problem.setProperty("retryable", true);
        return problem;
    }

    /**
     * A connection lost inside a transaction fails its rollback too, and the rollback's exception is the
     * one thrown: still an outage (the database rolls the transaction back itself), not a server error.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ProblemDetail transactionFailed(TransactionSystemException e) {
        if (connectionLost(e) || connectionLost(e.getApplicationException())) {
            return unavailable(e);
        }
        log.error("Transaction failed", e);
        return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
