package com.consort.knowledge.internal.storage;

/**
 * The Okapi BM25 formula both keyword indexes score with, so that the embedded and the PostgreSQL
 * set-ups rank a question's terms alike: k1 1.2 and b 0.75 (the usual defaults, Lucene's too), and the
 * "plus one" IDF that never goes negative for a term in most passages.
 * <p>
 * A multi-word term of the question ("service mesh", "bank of America") adds a phrase bonus to a passage
 * that has its words next to each other (stop words between them allowed): {@link #PHRASE_WEIGHT} times
 * the mean IDF of the two words, as if the pair were one more term found once. A phrase therefore beats
 * the same words scattered through a passage, and a phrase of rare words weighs more than one of
 * common words.
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Measured on the retrieval suites (docs/retrieval.md). */
    static final double PHRASE_WEIGHT = 1.0;
    /** Two words with at most this many positions between them (stop words, a hyphen) are a phrase. */
    static final int PHRASE_SLOP = 2;

    private Bm25() {
    }

    static double idf(long documents, long withTerm) {
        // a chunk count read before the latest writes can be below a term's fresh count: never a negative weight
        long all = Math.max(documents, withTerm);
        return Math.log(1 + (all - withTerm + 0.5) / (withTerm + 0.5));
    }

    /** The saturated, length-normalised weight of a term found {@code tf} times in a passage. */
    static double tf(double tf, double length, double averageLength) {
        return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / Math.max(averageLength, 1)));
    }

    static double phraseBonus(double idfFirst, double idfSecond, double length, double averageLength) {
        return PHRASE_WEIGHT * (idfFirst + idfSecond) / 2 * tf(1, length, averageLength);
    }
}
