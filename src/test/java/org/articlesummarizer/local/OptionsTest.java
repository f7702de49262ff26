package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void aNumberOptionFallsBackWhenAbsentAndIsReadWhenGiven() {
        assertEquals(1000, new Options(new String[] {}).number("interval", 1000, 10, Long.MAX_VALUE));
        assertEquals(250, new Options(new String[] {"--interval", "250"}).number("interval", 1000, 10, Long.MAX_VALUE));
        assertEquals(0, new Options(new String[] {"--port=0"}).number("port", 3000, 0, 65535));
    }

    @Test
    void aNumberOutOfRangeOrNotANumberIsAUsageErrorThatNamesTheOption() {
        UsageException low = assertThrows(UsageException.class,
                () -> new Options(new String[] {"--interval", "5"}).number("interval", 1000, 10, Long.MAX_VALUE));
        assertEquals("--interval must be at least 10", low.getMessage());
        UsageException high = assertThrows(UsageException.class,
                () -> new Options(new String[] {"--port", "70000"}).number("port", 3000, 0, 65535));
        assertEquals("--port must be from 0 to 65535", high.getMessage());
        UsageException word = assertThrows(UsageException.class,
                () -> new Options(new String[] {"--threads", "many"}).number("threads", 4, 1, 256));
        assertTrue(word.getMessage().startsWith("--threads must be a number"), word.getMessage());
    }
}
