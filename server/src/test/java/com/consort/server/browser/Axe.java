package com.consort.server.browser;

import com.consort.server.testing.Npm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (Deque's accessibility engine, from npm, pinned by {@code src/test/browser/package-lock.json}
 * and installed with {@code npm ci} on first use) run inside the page under test. The script is injected
 * through WebDriver, which the page's CSP does not govern. Frames are not entered: Consort's frames are
 * sandboxed previews of generated assets and reports, which run no script.
 */
public final class Axe {

    private static final Path PACKAGES = Path.of("src/test/browser");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {
    }

    /** The serious and critical violations on the page now, one line each: rule, impact, help and the elements. */
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { iframes: false, resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations)))
                  .catch((e) => done(JSON.stringify({ error: String(e) })));
                """);
        JsonNode violations = JSON.readTree(String.valueOf(result));
        if (violations.has("error")) {
            throw new IllegalStateException("axe-core failed: " + violations.get("error").asString());
        }
        List<String> serious = new ArrayList<>();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asString();
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            List<String> nodes = new ArrayList<>();
            for (JsonNode node : v.path("nodes")) {
                nodes.add(node.path("target").toString() + " " + node.path("failureSummary").asString().replace('\n', ' '));
            }
            serious.add(v.path("id").asString() + " (" + impact + "): " + v.path("help").asString() + " " + nodes);
        }
        return serious;
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                Npm.install(PACKAGES);
                source = Files.readString(PACKAGES.resolve("node_modules/axe-core/axe.min.js"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return source;
    }
}
