package com.consort.server.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser stand-in for HTTP tests: keeps the session cookie, never follows redirects, reads the CSRF
 * token from pages, and sends API calls with an API key or on the strength of the session.
 */
public final class WebClient {

    public record Response(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final HttpClient STATELESS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    private String csrf;

    public WebClient(int port) {
        this(port, new CookieManager(), null);
    }

    private WebClient(int port, CookieManager cookies, String csrf) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.csrf = csrf;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (cookies, CSRF token) talking to another server on this host, as behind a load balancer. */
    public WebClient on(int port) {
        return new WebClient(port, cookies, csrf);
    }

    /** Logs in with the form, as a browser does: the login page first (for the CSRF token), then the post. */
    public Response login(String username, String password) throws IOException, InterruptedException {
        page("/login");
        Response response = form("/login", "username", username, "password", password);
        if (response.status() == 302 && !response.header("Location").contains("error")) {
            // the session id changed at login, and with it the token: read it from the start page
            Response home = page("/");
            if (home.status() == 302) {
                page(URI.create(home.header("Location")).getPath());
            }
        }
        return response;
    }

    public Response logout() throws IOException, InterruptedException {
        return form("/logout");
    }

    /** GETs a page as a browser does (accepting HTML first) and remembers the CSRF token in it. */
    public Response page(String path) throws IOException, InterruptedException {
        Response response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
        Matcher input = CSRF_INPUT.matcher(response.body());
        Matcher meta = CSRF_META.matcher(response.body());
        if (meta.find()) {
            csrf = meta.group(1);
        } else if (input.find()) {
            csrf = input.group(1);
        }
        return response;
    }

    public Response form(String path, String... fields) throws IOException, InterruptedException {
        var body = new StringBuilder("_csrf=" + encode(csrf == null ? "" : csrf));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A JSON API call with the session cookie; {@code withCsrf} adds the header page scripts send. */
    public Response api(String method, String path, String json, boolean withCsrf) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (withCsrf && csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    public Response api(String method, String path, String json) throws IOException, InterruptedException {
        return api(method, path, json, true);
    }

    /** A JSON API call with a bearer API key and no cookies: how machines call. */
    public static Response bearer(int port, String method, String path, String key, String json)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = STATELESS.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    /** A multipart upload of one file with a bearer API key, as a machine sends it. */
    public static Response upload(int port, String path, String key, String part, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "consort" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + key);
        HttpResponse<String> response = STATELESS.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    public boolean hasSessionCookie() {
        return sessionCookie() != null;
    }

    public HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("CONSORT_SESSION"))
                .findFirst().orElse(null);
    }

    public String csrfToken() {
        return csrf;
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
