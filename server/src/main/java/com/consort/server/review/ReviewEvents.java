package com.consort.server.review;

import com.consort.server.audit.AuditLog;
import com.consort.server.notify.Webhooks;
import com.consort.server.security.People;
import com.consort.studio.Persons;
import com.consort.studio.ReviewEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the server does when the review workflow moves a draft: the audit row, in the workflow's
 * transaction (a change that rolls back leaves no row claiming it happened), and the webhook
 * notification once that transaction committed. Also tells the workflow who is behind a subject.
 */
@Configuration(proxyBeanMethods = false)
class ReviewEvents {

    private final AuditLog audit;
    private final Webhooks webhooks;

    ReviewEvents(AuditLog audit, Webhooks webhooks) {
        this.audit = audit;
        this.webhooks = webhooks;
    }

    /** Two-person approval compares people: a key issued to a user is that user. */
    @Bean
    static Persons reviewPersons(People people) {
        return people::of;
    }

    @EventListener
    void audit(ReviewEvent event) {
        if (event instanceof ReviewEvent.Commented c) {
            audit.record("review.commented", "draft:" + c.draftId(), "comment=" + c.commentId() + " version=" + c.version());
            return;
        }
        ReviewEvent.Transitioned t = (ReviewEvent.Transitioned) event;
        String target = "draft:" + t.draftId();
        String detail = "from=" + t.from().code() + " to=" + t.to().code() + " version=" + t.draft().currentVersion();
        switch (t.cause()) {
            case EXPIRY -> audit.record(AuditLog.SYSTEM_ACTOR, null, "review." + t.to().code(), target, detail);
            case NEW_VERSION -> audit.record("review.reopened", target, detail + " (a new version was written)");
            case ACTION -> audit.record("review." + t.to().code(), target,
                    detail + (t.comment() == null ? "" : " comment=" + t.comment()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void notify(ReviewEvent.Transitioned t) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("draftId", t.draft().id());
        data.put("partnerId", t.draft().partnerId());
        data.put("assetType", t.draft().assetType().code());
        data.put("from", t.from().code());
        data.put("to", t.to().code());
        data.put("version", t.draft().currentVersion());
        data.put("actor", t.actor());
        webhooks.publish("review." + t.to().code(), data);
    }
}
