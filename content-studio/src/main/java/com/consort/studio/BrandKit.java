package com.consort.studio;

import java.time.Instant;
import java.util.List;

/**
 * A brand: the vendor's (id {@value #VENDOR}, no partner) or a partner's (id = partner id). The vendor's
 * boilerplate and every disclaimer are locked sections of a co-branded asset.
 */
public record BrandKit(String id, String partnerId, String name, String logoUrl, String primaryColour,
        String accentColour, String voice, String boilerplate, String disclaimer, List<String> bannedTerms,
        List<String> requiredPhrases, Instant updatedAt) {

    public static final String VENDOR = "vendor";

    public boolean vendor() {
        return partnerId == null;
    }
}
