package com.consort.studio.internal;

import com.consort.studio.BrandKits;
import com.consort.studio.Drafts;
import com.consort.studio.Stories;
import com.consort.studio.StudioAccess;
import com.consort.knowledge.DocumentIngestor;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerDirectory;
import com.consort.prompts.PromptRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The content studio's beans. LLM mode is on exactly when the application has a {@link ChatModel}. */
@Configuration(proxyBeanMethods = false)
class StudioConfiguration {

    /**
     * The JSON mapper when the context has none of its own: the module's tests run without Boot's auto-configuration;
     * in the server every class here takes Boot's {@code JsonMapper}.
     */
    private static final JsonMapper DEFAULT_JSON = JsonMapper.builder().build();

    private static JsonMapper json(ObjectProvider<JsonMapper> json) {
        return json.getIfAvailable(() -> DEFAULT_JSON);
    }

    @Bean
    Stories stories(DocumentRepository documents) {
        return new StoryReader(documents);
    }

    @Bean
    BrandKits brandKits(JdbcTemplate jdbc, PartnerDirectory partners, ObjectProvider<JsonMapper> json) {
        return new BrandKitStore(JdbcClient.create(jdbc), partners, json(json));
    }

    @Bean
    Drafts drafts(JdbcTemplate jdbc, Stories stories, BrandKits brandKits, PromptRegistry prompts,
            ObjectProvider<ChatModel> chatModel, PlatformTransactionManager transactions,
            @Value("${consort.model.timeout:20s}") String timeout, ApplicationEventPublisher events,
            ObjectProvider<JsonMapper> json) {
        var writer = new Writer(chatModel.getIfAvailable(), prompts, duration(timeout), modelCalls(), json(json));
        return new DraftService(new DraftStore(JdbcClient.create(jdbc), json(json)), stories, brandKits, writer, new AssetRenderer(prompts),
                new TransactionTemplate(transactions), events);
    }

    @Bean
    StudioAccess studioAccess(Drafts drafts, Stories stories, DocumentIngestor ingestor) {
        return new StudioAccess(drafts, stories, ingestor);
    }

    /** "20s", "500ms", "2m" or ISO-8601 ("PT20S"), as consort.model.timeout is written. */
    static Duration duration(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("pt")) {
            return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
        }
        var m = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m)?").matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("consort.model.timeout must look like 20s, got '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2) == null ? Duration.ofMillis(n)
                : switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
    }

    /** Two model calls at a time; the rest wait (and time out) rather than pile up threads. Idle threads end. */
    private static ExecutorService modelCalls() {
        var pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "consort-studio-model");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
