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
    void readsTheDateAnAddressCarriesAsAPath() {
        assertEquals(java.time.LocalDate.of(2025, 12, 18), DateNormalizer.inAddress("https://example.com/2025/12/18/bridge-vote/"));
        assertEquals(java.time.LocalDate.of(2025, 3, 4), DateNormalizer.inAddress("https://example.com/blog/2025/3/4?ref=home"));
        assertNull(DateNormalizer.inAddress("https://example.com/2025/12/bridge-vote")); // no day
        assertNull(DateNormalizer.inAddress("https://example.com/2025/02/30/")); // no such day
        assertNull(DateNormalizer.inAddress("https://example.com/items/12025/12/18")); // no year on its own
        assertNull(DateNormalizer.inAddress(null));
    }

    @Test
    void readsDatesWrittenForPeople() {
        assertEquals("2025-03-04", DateNormalizer.toIso("March 4, 2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("Published Mar. 4th, 2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("4 March 2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("Tue, 04 Mar 2025 10:00:00 GMT"));
        assertEquals("2025-03-04", DateNormalizer.toIso("2025/03/04"));
        assertEquals("2025-03-04", DateNormalizer.toIso("20250304"));
        assertEquals("2025-03-04", DateNormalizer.toIso("March\u00a04,\u00a02025"));
    }

    @Test
    void numericDatesAreDayFirstWithDotsAndMonthFirstWithSlashesUnlessOnlyOneReadingFits() {
        assertEquals("2025-07-23", DateNormalizer.toIso("23.07.2025"));
        assertEquals("2025-03-04", DateNormalizer.toIso("04.03.2025"));
        assertEquals("2024-10-31", DateNormalizer.toIso("Updated: 10/31/2024"));
        assertEquals("2025-12-15", DateNormalizer.toIso("Posted on the 15/12/2025 at 19:00"));
        assertEquals("2025-03-04", DateNormalizer.toIso("3/4/2025"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertNull(DateNormalizer.toIso(null));
        assertNull(DateNormalizer.toIso("yesterday"));
        assertNull(DateNormalizer.toIso("2025-13-40"));
    }
}
