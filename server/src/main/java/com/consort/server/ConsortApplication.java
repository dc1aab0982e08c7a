package com.consort.server;

import com.consort.knowledge.BulkImport;
import com.consort.server.bulk.DemoDataLoader;
import com.consort.server.bulk.ImportCommand;
import com.consort.server.eval.EvalCommand;
import com.consort.server.eval.EvalRuns;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Composes the Consort modules into one web application; {@code import ...} runs the bulk importer and
 * {@code eval ...} the eval runner instead.
 */
@SpringBootApplication(scanBasePackages = "com.consort")
@ConfigurationPropertiesScan("com.consort")
public class ConsortApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(args));
        }
        if (args.length > 0 && args[0].equals("eval")) {
            System.exit(runEval(args));
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

    static int runEval(String[] args) throws Exception {
        EvalCommand.Arguments arguments;
        try {
            arguments = EvalCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        SpringApplication application = new SpringApplication(ConsortApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // offline mode runs without a model even where one is configured; the demo loads into an empty database
        String[] properties = arguments.mode().equals("offline")
                ? new String[] {"--consort.model.base-url=", "--spring.main.banner-mode=off", "--logging.level.root=WARN"}
                : new String[] {"--spring.main.banner-mode=off", "--logging.level.root=WARN"};
        try (var context = application.run(properties)) {
            var loader = context.getBean(DemoDataLoader.class);
            if (loader.state() == DemoDataLoader.State.LOADING) {
                System.out.println("Waiting for the demo data to load...");
                while (loader.state() == DemoDataLoader.State.LOADING) {
                    Thread.sleep(500);
                }
            }
            return EvalCommand.run(arguments, context.getBean(EvalRuns.class), System.out);
        }
    }
}
