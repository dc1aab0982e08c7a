package com.consort.studio;

import com.consort.knowledge.document.DocumentRepository;
import com.consort.knowledge.partner.PartnerDirectory;
import com.consort.prompts.PromptRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The content studio's beans. LLM mode is on exactly when the application has a {@link ChatModel}. */
@Configuration(proxyBeanMethods = false)
public class StudioConfiguration {

    @Bean
    Stories stories(DocumentRepository documents) {
        return new Stories(documents);
    }

    @Bean
    BrandKits brandKits(JdbcTemplate jdbc, PartnerDirectory partners) {
        return new BrandKits(JdbcClient.create(jdbc), partners);
    }

    @Bean
    Drafts drafts(JdbcTemplate jdbc, Stories stories, BrandKits brandKits, PromptRegistry prompts,
            ObjectProvider<ChatModel> chatModel, PlatformTransactionManager transactions,
            @Value("${consort.model.timeout:20s}") Duration timeout) {
        var writer = new Writer(chatModel.getIfAvailable(), prompts, timeout, modelCalls());
        return new Drafts(new DraftStore(JdbcClient.create(jdbc)), stories, brandKits, writer, new AssetRenderer(prompts),
                new TransactionTemplate(transactions));
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
