package com.consort.studio;

import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.prompts.PromptRegistry;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The knowledge module and the studio wired as in the server, over a migrated database with a few demo stories. */
final class StudioFixture implements AutoCloseable {

    final AnnotationConfigApplicationContext knowledge;
    final AnnotationConfigApplicationContext studio;
    final Map<String, String> stories;

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
        studio.register(StudioConfiguration.class);
        studio.refresh();
    }

    Drafts drafts() {
        return studio.getBean(Drafts.class);
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
