package com.consort.studio.internal;

import com.consort.studio.DraftDiff;
import java.util.ArrayList;
import java.util.List;

/** A word-level diff (longest common subsequence); sections are short, so the quadratic table is fine. */
final class WordDiff {

    private WordDiff() {
    }

    static List<DraftDiff.Part> diff(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("(?<=\\s)");
        String[] b = after.isEmpty() ? new String[0] : after.split("(?<=\\s)");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DraftDiff.Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(parts, "same", a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(parts, "added", b[j++]);
            } else {
                add(parts, "removed", a[i++]);
            }
        }
        return parts;
    }

    private static void add(List<DraftDiff.Part> parts, String op, String word) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).op().equals(op)) {
            DraftDiff.Part last = parts.remove(parts.size() - 1);
            parts.add(new DraftDiff.Part(op, last.text() + word));
        } else {
            parts.add(new DraftDiff.Part(op, word));
        }
    }
}
