package com.consort.server.review;

import com.consort.server.security.Caller;
import com.consort.server.web.WebPage;
import com.consort.studio.AssetType;
import java.util.Arrays;
import java.util.HashMap;
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

    ReviewQueuePage(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review")
    String queue(Authentication authentication, @RequestParam(required = false) String partnerId,
            @RequestParam(required = false) String assetType, @RequestParam(required = false) Integer minAgeHours,
            Model model) {
        Caller caller = Caller.from(authentication);
        model.addAttribute("assetTypes", Arrays.stream(AssetType.values()).map(AssetType::code).toList());
        model.addAttribute("filters", filters(partnerId, assetType, minAgeHours));
        if (caller.isPartner()) {
            model.addAttribute("queue", null);
        } else {
            String type = assetType == null || assetType.isBlank() ? null : AssetType.of(assetType).map(AssetType::code).orElse(null);
            model.addAttribute("queue", reviews.queue(new Reviews.QueueFilter(partnerId == null || partnerId.isBlank() ? null
                    : partnerId.trim(), type, minAgeHours == null || minAgeHours < 0 ? null : minAgeHours, null), 0, 100));
        }
        model.addAttribute("drafts", reviews.list(caller, 0, 100));
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
