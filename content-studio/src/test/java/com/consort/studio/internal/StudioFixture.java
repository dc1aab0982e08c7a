package com.consort.studio.internal;

import com.consort.studio.BrandKits;
import com.consort.studio.Drafts;
import com.consort.studio.ReviewEvent;
import com.consort.studio.Reviews;
import com.consort.studio.Stories;
import com.consort.studio.StudioAccess;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.prompts.PromptRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The knowledge module and the studio wired as in the server, over a migrated database with a few demo stories. */
final class StudioFixture implements AutoCloseable {

    final AnnotationConfigApplicationContext knowledge;
    final AnnotationConfigApplicationContext studio;
    final Map<String, String> stories;
    /** What the review workflow published, in order. */
    final List<ReviewEvent> reviewEvents = new CopyOnWriteArrayList<>();

    StudioFixture(DataSource dataSource, ChatModel model, Map<String, Object> properties, boolean allStories) {
        knowledge = KnowledgeContext.over(dataSource);
        DocumentIngestor ingestor = knowledge.getBean(DocumentIngestor.class);
        stories = allStories ? DemoStories.load(knowledge.getBean(PartnerDirectory.class), ingestor)
                : DemoStories.loadOne(knowledge.getBean(PartnerDirectory.class), ingestor, "agency-campaigns.md");
        studio = new AnnotationConfigApplicationContext();
        studio.setParent(knowledge);
        studio.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        studio.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
        if (model != null) {
            studio.registerBean(ChatModel.class, () -> model);
        }
        studio.register(StudioConfiguration.class, ReviewConfiguration.class);
        studio.addApplicationListener((ApplicationListener<PayloadApplicationEvent<ReviewEvent>>) e -> reviewEvents.add(e.getPayload()));
        studio.refresh();
    }

    Drafts drafts() {
        return studio.getBean(Drafts.class);
    }

    Reviews reviews() {
        return studio.getBean(Reviews.class);
    }

    StudioAccess access() {
        return studio.getBean(StudioAccess.class);
    }

    BrandKits brandKits() {
        return studio.getBean(BrandKits.class);
    }

    Stories stories() {
        return studio.getBean(Stories.class);
    }

    DocumentIngestor ingestor() {
        return knowledge.getBean(DocumentIngestor.class);
    }

    void with(Consumer<StudioFixture> test) {
        test.accept(this);
    }

    @Override
    public void close() {
        studio.close();
        knowledge.close();
    }
}
