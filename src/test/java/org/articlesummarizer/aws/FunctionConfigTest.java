package org.articlesummarizer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FunctionConfigTest {

    @Test
    void defaults() {
        FunctionConfig c = FunctionConfig.from(Map.of());
        assertEquals("incoming/", c.inputPrefix());
        assertEquals("summaries/", c.outputPrefix());
        assertEquals("bucket-a", c.outputBucketFor("bucket-a"));
        assertTrue(c.sentences().isAuto());
        assertEquals(Set.of(FunctionConfig.OutputFormat.JSON, FunctionConfig.OutputFormat.MD), c.outputFormats());
        assertNull(c.s3Endpoint());
    }

    @Test
    void readsEveryVariable() {
        FunctionConfig c = FunctionConfig.from(Map.of("INPUT_PREFIX", "in", "OUTPUT_PREFIX", "/out/",
                "OUTPUT_BUCKET", "other", "SUMMARY_SENTENCES", "4", "MAX_INPUT_BYTES", "2048",
                "OUTPUT_FORMATS", "markdown", "S3_ENDPOINT_URL", "http://127.0.0.1:9000"));
        assertEquals("in/", c.inputPrefix());
        assertEquals("out/", c.outputPrefix());
        assertEquals("other", c.outputBucketFor("bucket-a"));
        assertEquals(4, c.sentences().fixed());
        assertEquals(2048, c.maxInputBytes());
        assertEquals(Set.of(FunctionConfig.OutputFormat.MD), c.outputFormats());
        assertEquals("127.0.0.1", c.s3Endpoint().getHost());
    }

    @Test
    void refusesPrefixesThatWouldLoop() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FunctionConfig.from(Map.of("INPUT_PREFIX", "articles/", "OUTPUT_PREFIX", "articles/summaries/")));
        assertTrue(e.getMessage().contains("INPUT_PREFIX"));
    }

    @Test
    void namesTheVariableThatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FunctionConfig.from(Map.of("SUMMARY_SENTENCES", "many"))).getMessage().startsWith("SUMMARY_SENTENCES"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FunctionConfig.from(Map.of("MAX_INPUT_BYTES", "10MB"))).getMessage().startsWith("MAX_INPUT_BYTES"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> FunctionConfig.from(Map.of("OUTPUT_FORMATS", "pdf"))).getMessage().startsWith("OUTPUT_FORMATS"));
    }

    @Test
    void sequencersCompareAfterPaddingTheShorter() {
        assertTrue(Sequencer.isOlder("0A1B2C3D4E5F6789", "0A1B2C3D4E5F678901"));
        assertFalse(Sequencer.isOlder("0A1B2C3D4E5F678901", "0A1B2C3D4E5F6789"));
        assertFalse(Sequencer.isOlder("0A1B", "0a1b"), "the same sequencer is not older");
        assertTrue(Sequencer.isOlder("0A1B", "0A1C00"));
        assertFalse(Sequencer.isOlder(null, "0A"), "unknown is never older");
    }
}
