package com.consort.server;

import com.consort.server.bulk.DemoDataLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The server with the demo ecosystem loaded. Every test class extending this shares one Spring
 * context, so the demo (about 40 s) loads once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"consort.admin-api-key=" + DemoServerTest.ADMIN_KEY})
// a folder for suites of the tests' own, as an evaluator adds theirs (CONSORT_EVAL_SUITES_DIR); empty unless a test writes one
@TestPropertySource(properties = {"consort.data-dir=target/test-data/${random.uuid}", "consort.demo-data=true", "consort.vendor-name=Orbitly",
        "consort.eval.suites-dir=target/test-data/${random.uuid}-suites"})
public abstract class DemoServerTest {

    public static final String ADMIN_KEY = "demo-admin-key-0123456789";

    @Autowired
    protected DemoDataLoader loader;

    /** Waits for the background load; generous, as a CI machine shared by other builds can be slow. */
    protected void awaitDemoData() throws InterruptedException {
        awaitDemoData(loader);
    }

    /** As {@link #awaitDemoData()}, for a test with a context of its own. */
    public static void awaitDemoData(DemoDataLoader loader) throws InterruptedException {
        for (int i = 0; i < 3000 && loader.state() == DemoDataLoader.State.LOADING; i++) {
            Thread.sleep(200);
        }
        if (loader.state() != DemoDataLoader.State.LOADED) {
            throw new IllegalStateException("Demo data not loaded: " + loader.state());
        }
    }
}
