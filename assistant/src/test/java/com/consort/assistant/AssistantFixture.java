package com.consort.assistant;

import com.consort.knowledge.KnowledgeConfiguration;
import com.consort.knowledge.bulk.BulkImport;
import com.consort.knowledge.bulk.BundleSource;
import com.consort.knowledge.document.DocumentKind;
import com.consort.knowledge.storage.StorageConfiguration;
import com.consort.prompts.PromptRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The assistant wired as in the server over a real database, with a slice of the demo ecosystem: the
 * first 200 partners plus every partner with one of the first 24 case studies, those case studies
 * and the programme documents. A fraction of the full demo's load time, the same data shapes.
 */
final class AssistantFixture {

    static final int PARTNERS = 200;
    static final int STORIES = 24;

    private AssistantFixture() {
    }

    static AnnotationConfigApplicationContext context(DataSource dataSource, Map<String, Object> properties,
            Consumer<AnnotationConfigApplicationContext> extra) {
        var context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(PromptRegistry.class, () -> PromptRegistry.load());
        extra.accept(context);
        context.register(StorageConfiguration.class, KnowledgeConfiguration.class, AssistantConfiguration.class);
        context.refresh();
        return context;
    }

    static void loadDemoSlice(AnnotationConfigApplicationContext context) throws IOException {
        BundleSource demo = BundleSource.classpath("demo");
        List<String> manifest = lines(demo, "documents/documents.csv");
        Set<String> storyPartners = new HashSet<>();
        StringBuilder keptManifest = new StringBuilder(manifest.get(0)).append('\n');
        int stories = 0;
        for (String row : manifest.subList(1, manifest.size())) {
            String[] cells = row.split(",", 4);
            boolean story = cells[1].equals(DocumentKind.CASE_STUDY.code());
            if (!story || stories++ < STORIES) {
                keptManifest.append(row).append('\n');
                if (story) {
                    storyPartners.add(cells[2]);
                }
            }
        }
        List<String> partners = lines(demo, "partners.csv");
        StringBuilder keptPartners = new StringBuilder(partners.get(0)).append('\n');
        for (int i = 1; i < partners.size(); i++) {
            String id = partners.get(i).split(",", 2)[0];
            if (i <= PARTNERS || storyPartners.contains(id)) {
                keptPartners.append(partners.get(i)).append('\n');
            }
        }
        BundleSource slice = new BundleSource() {
            @Override
            public Optional<InputStream> open(String path) throws IOException {
                return switch (path) {
                    case "partners.csv" -> Optional.of(stream(keptPartners));
                    case "documents/documents.csv" -> Optional.of(stream(keptManifest));
                    default -> demo.open(path);
                };
            }

            @Override
            public List<String> listDocuments() {
                return List.of();
            }
        };
        context.getBean(BulkImport.class).run(slice, DocumentKind.CASE_STUDY, (phase, done, total) -> {
        });
    }

    private static List<String> lines(BundleSource source, String path) throws IOException {
        try (InputStream in = source.open(path).orElseThrow()) {
            // the demo CSVs quote descriptions but never break a row across lines
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static InputStream stream(CharSequence text) {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
