package com.consort.studio;

import java.util.Optional;

/**
 * The vendor's brand kit and one per partner. The vendor kit (seeded from the demo data's brand kit,
 * demo/brand-kit.properties, when the jar has one; else a neutral kit) and a partner's kit (from its
 * directory entry) are created on first use, so every draft has both brands.
 */
public interface BrandKits {

    /** The vendor's kit, seeded with the demo vendor's brand when none exists yet. */
    BrandKit vendor();

    /** A partner's kit, seeded from its directory entry on first use; empty for an unknown partner. */
    Optional<BrandKit> partner(String partnerId);

    /** A kit by id: {@link BrandKit#VENDOR} or a partner id. */
    Optional<BrandKit> find(String id);

    /** Creates or replaces a kit; the id decides whether it is the vendor's or a partner's. */
    BrandKit save(BrandKit kit);
}
