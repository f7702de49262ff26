package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateNormalizerTest {

    @Test
    void keepsIsoDatesAndTimesAsThePageStatesThem() {
        assertEquals("2025-03-04", DateNormalizer.toIso("2025-03-04"));
        assertEquals("2025-03-04T23:30:00-05:00", DateNormalizer.toIso("2025-03-04T23:30:00-05:00"));
        assertEquals("2025-03-04T23:30:00+01:00", DateNormalizer.toIso("2025-03-04T23:30:00.000+0100"));
        assertEquals("2025-03-04T09:05Z", DateNormalizer.toIso("2025-03-04T9:05Z"));
    }

    @Test
    void readsDatesWrittenForPeople() {
        assertEquals("2025-03-04", DateNormalizer.toIso("March 4, 2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("Published Mar. 4th, 2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("4 March 2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("Tue, 04 Mar 2025 10:00:00 GMT"));
        assertEquals("2025-03-04", DateNormalizer.toIso("2025/03/04"));
        assertEquals("2025-03-04", DateNormalizer.toIso("20250304"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertNull(DateNormalizer.toIso(null));
        assertNull(DateNormalizer.toIso("yesterday"));
        assertNull(DateNormalizer.toIso("2025-13-40"));
    }
}
