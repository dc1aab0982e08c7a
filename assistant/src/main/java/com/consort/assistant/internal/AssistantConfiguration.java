package com.consort.assistant.internal;

import com.consort.knowledge.Constraints;
import com.consort.assistant.AccountOverlap;
import com.consort.assistant.Assistant;
import com.consort.assistant.AssistantTools;
import com.consort.assistant.ConversationState;
import com.consort.assistant.Conversations;
import com.consort.assistant.Suggestions;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerDirectory;
import com.consort.knowledge.PartnerNames;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.Vocabulary;
import com.consort.knowledge.ChunkSearch;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.Opportunities;
import com.consort.prompts.PromptRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the assistant over the knowledge module; LLM mode exists only when a {@link ChatModel} bean does. A context
 * outside the module (the server's, another module's test) picks it up by scanning {@code com.consort.assistant}.
 */
@Configuration(proxyBeanMethods = false)
public class AssistantConfiguration {

    /**
     * The JSON mapper when the context has none of its own: the module's tests run without Boot's auto-configuration;
     * in the server every class here takes Boot's {@code JsonMapper}.
     */
    private static final JsonMapper DEFAULT_JSON = JsonMapper.builder().build();

    private static JsonMapper json(ObjectProvider<JsonMapper> json) {
        return json.getIfAvailable(() -> DEFAULT_JSON);
    }

    @Bean
    AssistantTools assistantTools(PartnerSearch search, ChunkSearch chunks, PartnerDirectory directory, AccountOverlap overlap,
            ObjectProvider<JsonMapper> json) {
        return new DirectoryTools(search, chunks, directory, overlap, json(json));
    }

    @Bean
    AccountOverlap accountOverlap(Opportunities opportunities, PartnerSearch search, PartnerNames partners,
            Vocabulary vocabulary, PromptRegistry prompts) {
        return new CrmAccountOverlap(opportunities, search, partners, vocabulary, prompts);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService assistantModelCalls() {
        // Bounded: when a hung endpoint holds every thread, further calls are refused and answered offline
        // at once. Each call also times out in the HTTP client, which frees its thread.
        var threads = new java.util.concurrent.atomic.AtomicInteger();
        return new ThreadPoolExecutor(0, 32, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "model-call-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    Assistant assistant(PartnerSearch search, ChunkSearch chunks, PartnerDirectory directory, Vocabulary vocabulary,
            PromptRegistry prompts, AssistantTools tools, ObjectProvider<ChatModel> chatModel,
            PartnerRepository partners, DocumentRepository documents, ExecutorService assistantModelCalls, AccountOverlap overlap,
            PartnerNames names, @Value("${consort.vendor-name:}") String vendor,
            @Value("${consort.model.timeout:20s}") String timeout,
            @Value("${consort.limits.max-question-chars:2000}") int maxQuestionChars, ObjectProvider<JsonMapper> json) {
        var offline = new OfflineAnswerer(search, chunks, directory, documents, partners, vocabulary, prompts, vendor, names);
        ChatModel model = chatModel.getIfAvailable();
        LlmAnswerer llm = model == null ? null
                : new LlmAnswerer(model, tools, prompts, vendor.isBlank() ? "the vendor" : vendor, DurationStyle.detectAndParse(timeout), assistantModelCalls, names,
                        json(json));
        return new Assistant(new Assistant.Offline() {
            @Override
            public Constraints read(String question) {
                return offline.read(question).read();
            }

            @Override
            public Assistant.Exchange answer(String question, Constraints read, ConversationState state) {
                Reply reply = offline.answer(new Query(question, read), state);
                return new Assistant.Exchange(reply.answer(), reply.state());
            }

            @Override
            public List<String> programmeTerms(String question) {
                return offline.programmeTerms(question);
            }
        }, llm == null ? null : llm::write, maxQuestionChars, overlap);
    }

    @Bean
    Suggestions suggestions(PartnerSearch search, PartnerRepository partners) {
        return new DirectorySuggestions(search, partners);
    }

    @Bean
    Conversations conversations(DataSource dataSource, PlatformTransactionManager transactions, Assistant assistant,
            ObjectProvider<JsonMapper> json) {
        return new Conversations(JdbcClient.create(dataSource), new TransactionTemplate(transactions), assistant, json(json));
    }
}
