package com.consort.server.eval;

import com.consort.assistant.Assistant;
import com.consort.eval.EvalRunStore;
import com.consort.eval.Judge;
import com.consort.eval.Reports;
import com.consort.eval.Targets;
import com.consort.knowledge.DocumentRepository;
import com.consort.knowledge.PartnerRepository;
import com.consort.knowledge.PartnerSearch;
import com.consort.knowledge.RetrievalMode;
import com.consort.knowledge.Vocabulary;
import com.consort.prompts.PromptRegistry;
import com.consort.server.config.ConsortProperties;
import com.consort.studio.Drafts;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Binds the eval module to this server: its stores, its systems under test, the optional judge. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvalSettings.class)
class EvalConfiguration {

    @Bean
    EvalRunStore evalRunStore(JdbcClient jdbc, PlatformTransactionManager transactions, Reports reports) {
        return new EvalRunStore(jdbc, new TransactionTemplate(transactions), reports);
    }

    @Bean
    EvalTargets evalTargets(PartnerSearch search, PartnerRepository partners, Vocabulary vocabulary, DocumentRepository documents,
            JdbcTemplate jdbc, ObjectProvider<ChatModel> chatModel, PromptRegistry prompts, ConsortProperties properties,
            Assistant assistant, Drafts drafts, PlatformTransactionManager transactions) {
        Targets offline = new Targets(search, vocabulary, RetrievalMode.HYBRID, new AssistantAdapter(assistant),
                new StudioAdapter(drafts, new TransactionTemplate(transactions)), null, partners, documents, jdbc);
        ChatModel model = chatModel.getIfAvailable();
        Judge judge = model == null ? null : new ChatModelJudge(model, properties.model().name(), prompts);
        return new EvalTargets(offline, judge, assistant.mode());
    }
}
