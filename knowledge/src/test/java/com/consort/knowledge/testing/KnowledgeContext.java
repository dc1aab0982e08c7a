package com.consort.knowledge.testing;

import com.consort.knowledge.internal.KnowledgeConfiguration;
import com.consort.knowledge.internal.storage.StorageConfiguration;
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
        registerKnowledge(context, dataSource);
        context.refresh();
        return context;
    }

    /** The module over the database with {@code partnersCsv} imported as the directory. */
    public static AnnotationConfigApplicationContext withDirectory(DataSource dataSource, String partnersCsv) {
        var context = over(dataSource);
        context.getBean(com.consort.knowledge.PartnerDirectory.class).importFile(
                new java.io.ByteArrayInputStream(partnersCsv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                com.consort.knowledge.ImportFormat.CSV);
        return context;
    }

    /**
     * The same beans, not yet refreshed, so that a module can add its own configuration on top. Closing
     * it leaves the pool open: the caller owns it and may start the application over it again.
     */
    public static AnnotationConfigApplicationContext unrefreshed(DataSource dataSource) {
        var context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource, bd -> bd.setDestroyMethodName(""));
        registerKnowledge(context, dataSource);
        return context;
    }

    private static void registerKnowledge(AnnotationConfigApplicationContext context, DataSource dataSource) {
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.register(StorageConfiguration.class, KnowledgeConfiguration.class);
    }
}
