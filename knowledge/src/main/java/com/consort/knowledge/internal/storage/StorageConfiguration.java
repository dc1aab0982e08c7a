package com.consort.knowledge.internal.storage;

import com.consort.knowledge.StorageKind;
import com.consort.knowledge.VectorIndex;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    StorageKind storageKind(DataSource dataSource) {
        return StorageKind.of(dataSource);
    }

    @Bean
    VectorIndex vectorIndex(StorageKind kind, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return switch (kind) {
            case POSTGRES -> new PgVectorIndex(jdbc, new TransactionTemplate(transactions));
            case EMBEDDED -> new InProcessVectorIndex(jdbc);
        };
    }
}
