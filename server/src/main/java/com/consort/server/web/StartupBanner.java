package com.consort.server.web;

import com.consort.knowledge.StorageKind;
import com.consort.server.config.ConsortProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who just started the server where it is and how to get in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        var properties = event.getApplicationContext().getBean(ConsortProperties.class);
        var storage = event.getApplicationContext().getBean(StorageKind.class);
        int port = web.getWebServer().getPort();
        log.info("""

                Consort is running at http://localhost:{}/  (storage: {}, mode: {})
                  API docs:  http://localhost:{}/swagger-ui.html
                  Web UI:    http://localhost:{}/login as 'admin' (CONSORT_ADMIN_PASSWORD, or the password
                             shown once on the terminal on the first run)
                  Log in to the API with 'Authorization: Bearer <key>': the admin key is
                  CONSORT_ADMIN_API_KEY, or the one shown once on the terminal on the first run.""",
                port, storage.name().toLowerCase(), properties.mode(), port, port);
    }
}
