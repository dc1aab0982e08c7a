package com.consort.knowledge.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consort.knowledge.ParserBusyException;
import com.consort.knowledge.UnreadableDocumentException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A parse past its deadline stops and frees its thread; a parse that will not stop cannot pile threads up. */
class DocumentParserTimeoutTest {

    private static final byte[] SMALL = "<html><body><h1>Small</h1><p>Orbitly for Acme.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private static final DocumentParser.Task QUICK = cancelled ->
            new DocumentParser.ParsedDocument("text/plain", "quick", java.util.List.of());

    /** An HTML file that takes Tika seconds to read: many short paragraphs. */
    private static byte[] largeHtml() {
        StringBuilder html = new StringBuilder("<html><head><title>Large</title></head><body>");
        for (int i = 0; i < 400_000; i++) {
            html.append("<p>Paragraph ").append(i).append(" of a long case study about an Orbitly roll-out.</p>");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aParsePastItsDeadlineStopsAndItsThreadIsFreeForTheNextFile() throws Exception {
        DocumentParser parser = new DocumentParser(100_000_000, Duration.ofMillis(300), 1);
        byte[] large = largeHtml();

        long start = System.nanoTime();
        assertThatThrownBy(() -> parser.parse(large, "large.html"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("longer than 300 ms");
        // bounds loose enough for a loaded 2-core machine (a 2 s bound failed there at 4.3 s)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));

        // the parse really stopped: its thread ends within moments, not after the whole file
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (parser.runningParses() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(parser.runningParses()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("consort-parser"));
        // and with a single parser thread, the next parse starts at once (a trivial one: on a busy machine
        // even a small file's first Tika parse can take longer than this test's short deadline)
        assertThat(parser.run("text/plain", QUICK).title()).isEqualTo("quick");
    }

    @Test
    void aParseThatIgnoresCancellationHoldsItsPermitSoFurtherParsesAreRefusedNotQueued() throws Exception {
        DocumentParser parser = new DocumentParser(100_000, Duration.ofMillis(200), 1);
        CountDownLatch release = new CountDownLatch(1);
        DocumentParser.Task stubborn = cancelled -> {
            while (true) { // ignores both the interrupt and the cancelled flag, like a parser stuck in a loop
                try {
                    if (release.await(1, TimeUnit.SECONDS)) {
                        return new DocumentParser.ParsedDocument("text/html", null, java.util.List.of());
                    }
                } catch (InterruptedException ignored) {
                    // a stuck native loop would not notice either
                }
            }
        };
        assertThatThrownBy(() -> parser.run("text/html", stubborn)).hasMessageContaining("longer than 200 ms");
        assertThat(parser.runningParses()).isEqualTo(1);

        long start = System.nanoTime();
        assertThatThrownBy(() -> parser.parse(SMALL, "small.html")).isInstanceOf(ParserBusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(parser.runningParses()).isEqualTo(1); // no second thread was started

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (parser.runningParses() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(parser.run("text/plain", QUICK).title()).isEqualTo("quick");
    }
}
