package com.consort.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fair exposure, bound from {@code consort.exposure.*}.
 *
 * @param rotate  off (the default): partners that fit equally well keep the ranking's fixed tie-break (tier,
 *                satisfaction, id), so the same one is always shown first; on: each time the same group of
 *                equally fitting partners is ranked, the next one of them goes first
 * @param epsilon two partners fit equally well when both meet every hard constraint of the question (every
 *                ranked partner does) and their scores differ by at most this much from the best score of their
 *                group; also what counts as a "best fit" in the exposure figures
 */
@ConfigurationProperties("consort.exposure")
public record ExposureSettings(@DefaultValue("false") boolean rotate, @DefaultValue("0.005") double epsilon) {

    public ExposureSettings {
        if (epsilon < 0 || epsilon > 0.05) {
            throw new IllegalArgumentException("consort.exposure.epsilon must be from 0 to 0.05, got " + epsilon);
        }
    }

    public static final ExposureSettings DEFAULTS = new ExposureSettings(false, 0.005);
}
