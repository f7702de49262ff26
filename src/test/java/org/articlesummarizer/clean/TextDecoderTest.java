package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void validUtf8KeepsAReplacementCharacterThePagePrints() {
        String text = "caf\u00e9 \ufffd na\u00efve";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, InputFormat.TEXT));
    }

    @Test
    void undeclaredBytesThatAreNotUtf8AreWindows1252() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
        assertEquals("caf\u00e9 \u201cq\u201d", TextDecoder.decode(bytes, null, InputFormat.TEXT));
    }

    @Test
    void declaredUtf8ThatDoesNotDecodeIsWindows1252() {
        byte[] bytes = {'a', (byte) 0xE9, 'b'};
        assertEquals("a\u00e9b", TextDecoder.decode(bytes, "text/html; charset=utf-8", InputFormat.HTML));
    }
}
