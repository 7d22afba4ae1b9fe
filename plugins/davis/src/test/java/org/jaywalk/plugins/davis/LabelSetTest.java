package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The first-frame label encoding of vos.py and the argmax decoding back to labels. */
class LabelSetTest {

    @Test
    void labelSetEncodesThePresentLabelsInOrderAndDecodesByArgmax() {
        LabelImage mask = Masks.of("0033", "0033", "2200", "2200");
        LabelSet labels = LabelSet.of(mask);
        assertEquals(3, labels.size());
        assertEquals(3, labels.label(2));
        SoftLabels same = labels.encode(mask, 4, 4);
        assertArrayEquals(new float[] {1, 0, 0}, Arrays.copyOfRange(same.data(), 0, 3), 0);
        assertArrayEquals(mask.labels(), labels.decode(same, 4, 4).labels());
        SoftLabels small = labels.encode(mask, 2, 2);
        assertArrayEquals(new float[] {1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0}, small.data(), 0);
        assertArrayEquals(mask.labels(), labels.decode(small, 4, 4).labels());
    }
}
