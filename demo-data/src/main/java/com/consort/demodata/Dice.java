package com.consort.demodata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/** A seeded random source with the few draws the generator needs; never use any other randomness. */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks by weight: weights.get(i) for items.get(i). */
    <T> T weighted(List<T> items, List<Integer> weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException();
    }

    /** n distinct items in a random order (fewer if the pool is smaller). */
    <T> List<T> sample(Collection<T> pool, int n) {
        List<T> copy = new ArrayList<>(pool);
        java.util.Collections.shuffle(copy, random);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }

    /** n distinct items drawn by weight without replacement. */
    <T> List<T> weightedSample(List<T> items, List<Integer> weights, int n) {
        List<T> pool = new ArrayList<>(items);
        List<Integer> w = new ArrayList<>(weights);
        List<T> out = new ArrayList<>();
        while (out.size() < n && !pool.isEmpty()) {
            T t = weighted(pool, w);
            int i = pool.indexOf(t);
            pool.remove(i);
            w.remove(i);
            out.add(t);
        }
        return out;
    }

    <T> void shuffle(List<T> items) {
        java.util.Collections.shuffle(items, random);
    }
}
