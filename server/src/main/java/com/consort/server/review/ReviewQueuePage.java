package com.consort.server.review;

import com.consort.server.accounts.Names;
import com.consort.server.studio.Actors;
import com.consort.studio.Actor;
import com.consort.server.web.WebPage;
import com.consort.studio.AssetType;
import com.consort.studio.Reviews;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue (marketing and admins: what waits for review, filtered) and the drafts the caller may
 * see (a partner: its own). Rendered on the server, escaped by the template.
 */
@WebPage
class ReviewQueuePage {

    private final Reviews reviews;
    private final Names people;

    ReviewQueuePage(Reviews reviews, Names people) {
        this.reviews = reviews;
        this.people = people;
    }

    @GetMapping("/review")
    String queue(Authentication authentication, @RequestParam(required = false) String partnerId,
            @RequestParam(required = false) String assetType, @RequestParam(required = false) Integer minAgeHours,
            Model model) {
        Actor caller = Actors.from(authentication);
        model.addAttribute("assetTypes", Arrays.stream(AssetType.values()).map(AssetType::code).toList());
        model.addAttribute("filters", filters(partnerId, assetType, minAgeHours));
        List<String> subjects = new ArrayList<>();
        if (caller.isPartner()) {
            model.addAttribute("queue", null);
        } else {
            String type = assetType == null || assetType.isBlank() ? null : AssetType.of(assetType).map(AssetType::code).orElse(null);
            List<Reviews.QueueItem> queue = reviews.queue(new Reviews.QueueFilter(partnerId == null || partnerId.isBlank()
                    ? null : partnerId.trim(), type, minAgeHours == null || minAgeHours < 0 ? null : minAgeHours, null),
                    0, 100);
            queue.forEach(item -> subjects.add(item.submittedBy()));
            model.addAttribute("queue", queue);
            model.addAttribute("partners", reviews.partnersWithDrafts());
        }
        List<Reviews.ReviewView> drafts = reviews.list(caller, 0, 100);
        Map<String, String> partnerNames = new HashMap<>();
        drafts.forEach(d -> {
            if (d.partnerId() != null) {
                partnerNames.computeIfAbsent(d.partnerId(), reviews::partnerName);
            }
        });
        model.addAttribute("drafts", drafts);
        model.addAttribute("partnerNames", partnerNames);
        model.addAttribute("people", people.of(subjects));
        return "review/queue";
    }

    private static Map<String, Object> filters(String partnerId, String assetType, Integer minAgeHours) {
        Map<String, Object> m = new HashMap<>();
        m.put("partnerId", partnerId == null ? "" : partnerId);
        m.put("assetType", assetType == null ? "" : assetType);
        m.put("minAgeHours", minAgeHours == null ? "" : String.valueOf(minAgeHours));
        return m;
    }
}
