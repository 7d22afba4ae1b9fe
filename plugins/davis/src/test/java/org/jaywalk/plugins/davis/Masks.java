package org.jaywalk.plugins.davis;

/** Label images for tests: drawn from text, and perturbed copies of real masks. */
final class Masks {

    private Masks() {
    }

    /** Rows of digits, e.g. {@code "0110", "0110"}; {@code v} stands for void (255). */
    static LabelImage of(String... rows) {
        int w = rows[0].length();
        byte[] labels = new byte[w * rows.length];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < w; x++) {
                char c = rows[y].charAt(x);
                labels[y * w + x] = (byte) (c == 'v' ? 255 : c - '0');
            }
        }
        return new LabelImage(w, rows.length, labels);
    }

    /** A {@code w x h} image with the rectangle [x0, x1) x [y0, y1) set to {@code label}. */
    static LabelImage rectangle(int w, int h, int x0, int y0, int x1, int y1, int label) {
        byte[] labels = new byte[w * h];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                labels[y * w + x] = (byte) label;
            }
        }
        return new LabelImage(w, h, labels);
    }

    /** The image moved by (dx, dy), background coming in. */
    static LabelImage shift(LabelImage m, int dx, int dy) {
        byte[] out = new byte[m.size()];
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                int sx = x - dx;
                int sy = y - dy;
                if (sx >= 0 && sy >= 0 && sx < m.width() && sy < m.height()) {
                    out[y * m.width() + x] = m.labels()[sy * m.width() + sx];
                }
            }
        }
        return new LabelImage(m.width(), m.height(), out);
    }

    /** Each object shrunk by {@code steps} 4-neighbour erosions (a pixel survives if its 4 neighbours share its label). */
    static LabelImage erode(LabelImage m, int steps) {
        LabelImage cur = m;
        for (int s = 0; s < steps; s++) {
            byte[] out = cur.labels().clone();
            for (int y = 0; y < cur.height(); y++) {
                for (int x = 0; x < cur.width(); x++) {
                    int l = cur.label(x, y);
                    if (l != 0 && !(same(cur, x - 1, y, l) && same(cur, x + 1, y, l) && same(cur, x, y - 1, l)
                            && same(cur, x, y + 1, l))) {
                        out[y * cur.width() + x] = 0;
                    }
                }
            }
            cur = new LabelImage(cur.width(), cur.height(), out);
        }
        return cur;
    }

    /** The image with {@code label} replaced by background. */
    static LabelImage drop(LabelImage m, int label) {
        byte[] out = m.labels().clone();
        for (int i = 0; i < out.length; i++) {
            if ((out[i] & 0xFF) == label) {
                out[i] = 0;
            }
        }
        return new LabelImage(m.width(), m.height(), out);
    }

    private static boolean same(LabelImage m, int x, int y, int label) {
        return x >= 0 && y >= 0 && x < m.width() && y < m.height() && m.label(x, y) == label;
    }
}
