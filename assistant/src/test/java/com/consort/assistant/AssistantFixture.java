package com.consort.assistant;

import com.consort.assistant.internal.AssistantConfiguration;
import com.consort.knowledge.BulkImport;
import com.consort.knowledge.DocumentKind;
import com.consort.knowledge.testing.DemoSlice;
import com.consort.knowledge.testing.KnowledgeContext;
import com.consort.prompts.PromptRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The assistant wired as in the server over a real database, with a slice of the demo ecosystem
 * ({@link DemoSlice}): a fraction of the full demo's load time, the same data shapes.
 */
final class AssistantFixture {


    private AssistantFixture() {
    }

    static AnnotationConfigApplicationContext context(DataSource dataSource, Map<String, Object> properties,
            Consumer<AnnotationConfigApplicationContext> extra) {
        // the test owns the pool: closing a context (a "restart") must not close the database
        var context = KnowledgeContext.unrefreshed(dataSource);
        var withVendor = new java.util.HashMap<String, Object>(Map.of("consort.vendor-name", "Orbitly"));
        withVendor.putAll(properties);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", withVendor));
        context.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
        extra.accept(context);
        context.register(AssistantConfiguration.class);
        context.refresh();
        return context;
    }

    static void loadDemoSlice(AnnotationConfigApplicationContext context, int partners, int stories) throws IOException {
        context.getBean(com.consort.knowledge.Vocabulary.class)
                .useVendor(com.consort.knowledge.Taxonomy.fromResource("/demo/vocabulary.yaml"));
        context.getBean(BulkImport.class).run(DemoSlice.of(partners, stories), DocumentKind.CASE_STUDY, (phase, done, total) -> {
        });
    }
}
