package com.consort.server.bulk;

import com.consort.knowledge.BulkImport;
import com.consort.knowledge.BundleSource;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Taxonomy;
import com.consort.server.config.ConsortProperties;
import com.consort.server.taxonomy.Taxonomies;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Loads the demo ecosystem into an empty database on start-up, in the background so the server
 * answers at once; search works on what is loaded so far. CONSORT_DEMO_DATA=false turns it off.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    public enum State { OFF, LOADING, LOADED, SKIPPED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String ROOT = "demo";

    private final ConsortProperties properties;
    private final PartnerDirectory directory;
    private final BulkImport bulkImport;
    private final Taxonomies taxonomies;
    private final TaskExecutor background;
    private volatile State state = State.OFF;

    DemoDataLoader(ConsortProperties properties, PartnerDirectory directory, BulkImport bulkImport, Taxonomies taxonomies,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.properties = properties;
        this.directory = directory;
        this.bulkImport = bulkImport;
        this.taxonomies = taxonomies;
        this.background = background;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || getClass().getClassLoader().getResource(ROOT + "/partners.csv") == null) {
            return;
        }
        // the demo vendor's own words live with its data, as any vendor's would: the initial stored taxonomy,
        // which the admin edits from then on (a stored taxonomy always wins)
        if (getClass().getClassLoader().getResource(ROOT + "/vocabulary.yaml") != null) {
            taxonomies.seed(Taxonomy.fromResource("/" + ROOT + "/vocabulary.yaml"), ROOT + "/vocabulary.yaml");
        }
        if (directory.count(Map.of(), true) > 0) {
            state = State.SKIPPED;
            return;
        }
        state = State.LOADING;
        background.execute(this::load);
    }

    private void load() {
        log.info("Loading the demo ecosystem in the background");
        try {
            var summary = bulkImport.run(BundleSource.classpath(ROOT), DocumentKind.CASE_STUDY, new ProgressLog(log));
            state = State.LOADED;
            log.info("Demo ecosystem loaded: {} partners ({} rejected rows, as intended), {} documents, {} failures",
                    summary.partners().imported() + summary.partners().updated(), summary.partners().rejected().size(),
                    summary.documentsIndexed() + summary.documentsAlreadyPresent(), summary.failures().size());
        } catch (Exception e) {
            state = State.FAILED;
            log.error("Loading the demo ecosystem failed", e);
        }
    }

    public State state() {
        return state;
    }

    /** Logs each phase at 25% steps, so a server log shows progress without flooding. */
    static final class ProgressLog implements BulkImport.Listener {
        private final Logger log;
        private BulkImport.Phase phase;
        private int lastQuarter = -1;

        ProgressLog(Logger log) {
            this.log = log;
        }

        @Override
        public void progress(BulkImport.Phase phase, int done, int total) {
            if (phase != this.phase) {
                this.phase = phase;
                lastQuarter = -1;
            }
            int quarter = total == 0 ? 4 : done * 4 / total;
            if (quarter != lastQuarter && phase != BulkImport.Phase.DONE) {
                lastQuarter = quarter;
                log.info("Demo data: {} {}/{}", phase.name().toLowerCase(), done, total);
            }
        }
    }
}
