package com.consort.server;

import com.consort.knowledge.bulk.BulkImport;
import com.consort.server.bulk.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Composes the Consort modules into one web application; {@code import ...} runs the bulk importer instead. */
@SpringBootApplication(scanBasePackages = "com.consort")
@ConfigurationPropertiesScan("com.consort")
public class ConsortApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(args));
        }
        SpringApplication.run(ConsortApplication.class, args);
    }

    static int runImport(String[] args) throws Exception {
        ImportCommand.Arguments arguments;
        try {
            arguments = ImportCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        SpringApplication application = new SpringApplication(ConsortApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (var context = application.run("--consort.demo-data=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            var summary = ImportCommand.run(arguments, context.getBean(BulkImport.class), System.out);
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }
}
