package org.jaywalk.plugins.synthetic;

/** videowalk's input normalization {@code (pixel / 255 - IMG_MEAN) / IMG_STD} per RGB channel. */
final class Normalization {

    static final float[] MEAN = {0.4914f, 0.4822f, 0.4465f};
    static final float[] STD = {0.2023f, 0.1994f, 0.2010f};

    private Normalization() {
    }

    /** Normalizes in place {@code data}, a sequence of images {@code [3, pixels]} with values {@code pixel / 255}. */
    static void apply(float[] data, int pixels) {
        for (int start = 0; start < data.length; start += 3 * pixels) {
            for (int c = 0; c < 3; c++) {
                float mean = MEAN[c];
                float std = STD[c];
                int from = start + c * pixels;
                for (int i = from; i < from + pixels; i++) {
                    data[i] = (data[i] - mean) / std;
                }
            }
        }
    }
}
