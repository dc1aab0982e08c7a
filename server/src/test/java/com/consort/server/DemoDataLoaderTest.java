package com.consort.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.Constraints;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.server.bulk.DemoDataLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A first run of the embedded default loads the demo ecosystem by itself, in the background (context shared via DemoServerTest). */
class DemoDataLoaderTest extends DemoServerTest {
    @Autowired
    PartnerDirectory directory;
    @Autowired
    DocumentRepository documents;
    @Autowired
    PartnerSearch search;

    @Test
    void loadsTheDemoEcosystemOnFirstRun() throws InterruptedException {
        awaitDemoData();
        assertThat(loader.state()).isEqualTo(DemoDataLoader.State.LOADED);
        // 800 good rows and the one bad row the import keeps (a tier the programme does not have, with a
        // warning); the rows without an id or a name, or with a satisfaction that is not a number, are refused
        assertThat(directory.count(Map.of(), true)).isEqualTo(801);
        assertThat(documents.list(null, null, 0, 500)).hasSize(71); // 68 case studies, 3 programme documents
        var answer = search.search(new PartnerSearch.Query("Who can run a PMO rollout for a German car-parts maker?",
                Constraints.NONE, 5, RetrievalMode.HYBRID));
        assertThat(answer.results()).isNotEmpty().allSatisfy(r -> assertThat(r.reasons()).isNotEmpty());
    }
}
