package com.consort.eval.bench;

import com.consort.knowledge.Embedder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For generating a hyperscaler's directory through the real import path in minutes instead of days: a passage is
 * embedded for real the first time its text, digits aside, is seen ("Banyan Systems 3712 is a Gold partner ..." and
 * "Banyan Systems 88 ..." share one), and every later passage with that text gets the real embedding plus Gaussian
 * noise (sigma 0.01 per dimension, seeded by the exact text, so that re-runs write the same vectors). Queries are
 * always embedded for real.
 */
final class DerivedEmbedder implements Embedder {

    private static final double SIGMA = 0.01;

    private final Embedder real;
    private final Map<String, float[]> pool = new ConcurrentHashMap<>();

    DerivedEmbedder(Embedder real) {
        this.real = real;
    }

    /** How many distinct passages were embedded for real. */
    int pooled() {
        return pool.size();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        LinkedHashSet<String> unseen = new LinkedHashSet<>();
        passages.stream().map(DerivedEmbedder::key).filter(k -> !pool.containsKey(k)).forEach(unseen::add);
        if (!unseen.isEmpty()) {
            List<String> keys = new ArrayList<>(unseen);
            // the first text seen with a key is embedded as it is written
            List<String> texts = keys.stream().map(k -> passages.stream().filter(p -> key(p).equals(k)).findFirst().orElseThrow())
                    .toList();
            List<float[]> vectors = real.embedPassages(texts);
            for (int i = 0; i < keys.size(); i++) {
                pool.put(keys.get(i), vectors.get(i));
            }
        }
        return passages.stream().map(p -> derived(pool.get(key(p)), p)).toList();
    }

    static float[] derived(float[] base, String text) {
        float[] vector = base.clone();
        Random random = new Random(text.hashCode());
        for (int d = 0; d < vector.length; d++) {
            vector[d] += (float) (random.nextGaussian() * SIGMA);
        }
        return vector;
    }

    private static String key(String text) {
        return text.replaceAll("\\d+", "#");
    }

    @Override
    public float[] embedQuery(String query) {
        return real.embedQuery(query);
    }

    @Override
    public String modelName() {
        return real.modelName();
    }
}
