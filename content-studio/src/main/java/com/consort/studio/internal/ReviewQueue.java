package com.consort.studio.internal;

import com.consort.knowledge.Partner;
import com.consort.knowledge.PartnerDirectory;
import com.consort.studio.AssetType;
import com.consort.studio.Checks;
import com.consort.studio.DraftVersion;
import com.consort.studio.Drafts;
import com.consort.studio.Reviews;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What waits for marketing: drafts in review with their partner's name, age and the checks of the version in review. */
final class ReviewQueue {

    private final ReviewStore store;
    private final Drafts drafts;
    private final PartnerDirectory directory;

    ReviewQueue(ReviewStore store, Drafts drafts, PartnerDirectory directory) {
        this.store = store;
        this.drafts = drafts;
        this.directory = directory;
    }

    List<Reviews.QueueItem> queue(Reviews.QueueFilter filter, long offset, int limit) {
        Instant now = Instant.now();
        String type = filter.assetType() == null ? null : AssetType.require(filter.assetType()).code();
        Map<String, String> names = new HashMap<>();
        return store.waiting(filter.partnerId(), type, filter.minAgeHours(), filter.maxAgeHours(), now, offset, limit)
                .stream().map(w -> {
                    Checks checks = drafts.version(w.draftId(), w.version()).map(DraftVersion::checks).orElse(null);
                    String name = w.partnerId() == null ? null : names.computeIfAbsent(w.partnerId(), this::partnerName);
                    return new Reviews.QueueItem(w.draftId(), w.partnerId(), name, w.assetType(), w.version(),
                            w.lockVersion(), w.submittedBy(), w.submittedAt(), Duration.between(w.submittedAt(), now).toHours(),
                            checks == null ? 0 : checks.unsupported().size(),
                            checks == null ? 0 : (int) checks.findings().stream().filter(f -> f.severity().equals("error")).count());
                }).toList();
    }

    Map<String, String> partnersWithDrafts() {
        Map<String, String> names = new HashMap<>();
        store.partnersWithDrafts().forEach(id -> names.put(id, partnerName(id)));
        Map<String, String> byName = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return byName;
    }

    String partnerName(String partnerId) {
        return partnerId == null ? null : directory.find(partnerId).map(Partner::name).orElse(partnerId);
    }
}
