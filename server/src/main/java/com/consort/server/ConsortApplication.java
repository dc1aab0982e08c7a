package com.consort.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Composes the Consort modules into one web application. */
@SpringBootApplication(scanBasePackages = "com.consort")
@ConfigurationPropertiesScan("com.consort")
public class ConsortApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsortApplication.class, args);
    }
}
