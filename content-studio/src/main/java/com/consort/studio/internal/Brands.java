package com.consort.studio.internal;

import com.consort.studio.BrandKit;
/** The brands of one draft: always the vendor's, and the partner's when co-branded. */
record Brands(BrandKit vendor, BrandKit partner) {

    boolean coBranded() {
        return partner != null;
    }
}
