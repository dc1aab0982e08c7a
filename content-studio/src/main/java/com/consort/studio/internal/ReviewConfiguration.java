package com.consort.studio.internal;

import com.consort.knowledge.PartnerDirectory;
import com.consort.studio.Drafts;
import com.consort.studio.Persons;
import com.consort.studio.Reviews;
import com.consort.studio.StudioAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review workflow's beans: {@link Reviews} and the expiry check (every minute unless
 * consort.review.expiry-check says otherwise). Without a {@link Persons} bean, every subject is a person.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    Reviews reviews(Drafts drafts, StudioAccess access, ObjectProvider<Persons> persons, JdbcTemplate jdbc,
            PartnerDirectory directory, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        ReviewStore store = new ReviewStore(JdbcClient.create(jdbc));
        return new ReviewWorkflow(drafts, access, persons.getIfAvailable(() -> subject -> subject), store,
                new ReviewQueue(store, drafts, directory), new TransactionTemplate(transactions), events);
    }

    @Bean
    ExpiryScheduler reviewExpiry(Reviews reviews, @Value("${consort.review.expiry-check:1m}") String every,
            ObjectProvider<TaskScheduler> scheduler) {
        return new ExpiryScheduler(reviews, StudioConfiguration.duration(every), scheduler.getIfAvailable());
    }
}
