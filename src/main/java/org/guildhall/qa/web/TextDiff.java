package org.guildhall.qa.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff between two revisions of a post's source, for the revision history: lines kept, added and removed, by
 * the longest common subsequence. Posts are at most 64 kB, so the table stays small; longer inputs fall back to
 * "all removed, all added" rather than spend quadratic memory.
 */
public final class TextDiff {

    private static final int MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    /** One line of a diff; {@code change} is {@code same}, {@code added} or {@code removed}. */
    public record Line(String change, String text) {
    }

    public static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        List<Line> diff = new ArrayList<>();
        if ((long) (a.length + 1) * (b.length + 1) > MAX_CELLS) {
            Arrays.stream(a).forEach(line -> diff.add(new Line("removed", line)));
            Arrays.stream(b).forEach(line -> diff.add(new Line("added", line)));
            return diff;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                diff.add(new Line("same", a[i]));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line("removed", a[i++]));
            } else {
                diff.add(new Line("added", b[j++]));
            }
        }
        while (i < a.length) {
            diff.add(new Line("removed", a[i++]));
        }
        while (j < b.length) {
            diff.add(new Line("added", b[j++]));
        }
        return diff;
    }

    private static String[] split(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }
}
