package com.consort.server.config;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The server's threads come from Spring's context, not from hand-built pools: Boot's
 * {@code applicationTaskExecutor} runs background work (eval runs, the demo load, streamed answers) and
 * Boot's {@code taskScheduler} (enabled here) runs periodic work; both are sized by {@code spring.task.*}.
 * A separate pool exists only where its bound is the point, each a named bean saying why.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SharedExecutors {

    /**
     * Bulk imports run one at a time, in the order they were queued (a job shows QUEUED until its turn):
     * two imports at once would fight over the same partners and the 2 cores. An orderly stop interrupts the
     * running one at once (ImportJobs marks it failed) instead of waiting for it.
     */
    @Bean
    public ThreadPoolTaskExecutor importJobExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.corePoolSize(1).maxPoolSize(1).queueCapacity(Integer.MAX_VALUE)
                .threadNamePrefix("consort-import-job-").acceptTasksAfterContextClose(true).build();
    }
}
