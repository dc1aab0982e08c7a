package com.consort.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import com.consort.server.config.ConsortProperties;
import com.consort.server.security.MachineRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of browser routes as pages a person reads, in the layout ({@code web/error.ftlh}); machine
 * routes ({@link MachineRoutes}) keep their JSON errors. Two doors lead here: an exception thrown while serving a page becomes its status code here
 * (before the API's problem+json advice could answer it), and every error status, whether from here,
 * Spring Security (403) or the container (404), is rendered by Boot's error controller through
 * {@link #resolveErrorView}.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageModel pages;
    private final String maxUpload;

    ErrorPages(PageModel pages, ConsortProperties properties) {
        this.pages = pages;
        DataSize max = properties.limits() == null ? null : properties.limits().maxUpload();
        this.maxUpload = max == null ? null : max.toMegabytes() + " MB";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, before the MVC resolvers
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (MachineRoutes.matches(request) || response.isCommitted()
                || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            return null; // the API's own handling, or Spring Security's (login redirect, 403 page)
        }
        int status = status(e);
        if (status >= 500) {
            log.error("Page {} failed", request.getRequestURI(), e);
        }
        try {
            response.sendError(status);
        } catch (IOException sendFailed) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = pages.of(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        page.put("path", path == null ? "" : path);
        page.put("status", status.value());
        page.put("heading", heading(status));
        page.put("message", message(request, status));
        return new ModelAndView("web/error", page, status);
    }

    private static int status(Exception e) {
        if (e instanceof ErrorResponse response) { // no such page, wrong method, ResponseStatusException, upload too large...
            return response.getStatusCode().value();
        }
        if (e instanceof NoSuchElementException) {
            return HttpStatus.NOT_FOUND.value();
        }
        if (e instanceof com.consort.studio.NotAllowedException) {
            return HttpStatus.FORBIDDEN.value();
        }
        if (e instanceof com.consort.studio.ConflictException || e instanceof com.consort.studio.StaleDraftException) {
            return HttpStatus.CONFLICT.value();
        }
        if (e instanceof IllegalArgumentException || e instanceof TypeMismatchException
                || e instanceof MissingServletRequestParameterException) {
            return HttpStatus.BAD_REQUEST.value();
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return HttpStatus.CONTENT_TOO_LARGE.value();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR.value();
    }

    private static String heading(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "This request cannot be used";
            case 403 -> "Not for your role";
            case 404 -> "Page not found";
            case 405 -> "Not this way";
            case 413 -> "Too large";
            case 503 -> "Unavailable for a moment";
            default -> status.is5xxServerError() ? "Something went wrong" : "This did not work";
        };
    }

    private String message(HttpServletRequest request, HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The address or the form holds something this page cannot use. Go back and check what you entered.";
            case 403 -> request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? "The form was open too long, or you logged in or out meanwhile. Go back, reload the page and try again."
                    : "Your account may not open this page. The pages you can use are in the menu above.";
            case 404 -> "There is no page at this address, or it is not one you may see. Check the address, or start again from the menu.";
            case 405 -> "This page cannot be used that way. Go back and use the page's own buttons.";
            case 413 -> "The file is larger than this server accepts" + (maxUpload == null ? "." : " (" + maxUpload + ").");
            case 503 -> "A service this page needs is not reachable right now. Nothing was changed; try again shortly.";
            default -> status.is5xxServerError()
                    ? "The server could not complete this. It has been logged; try again, and if it happens again tell your administrator."
                    : "The request could not be completed.";
        };
    }
}
