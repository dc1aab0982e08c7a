package com.consort.knowledge.testing;

import com.consort.knowledge.KnowledgeConfiguration;
import com.consort.knowledge.storage.StorageConfiguration;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The knowledge module wired exactly as in the server, over a given migrated database. */
public final class KnowledgeContext {

    private KnowledgeContext() {
    }

    public static AnnotationConfigApplicationContext over(DataSource dataSource) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.register(StorageConfiguration.class, KnowledgeConfiguration.class);
        context.refresh();
        return context;
    }
}
