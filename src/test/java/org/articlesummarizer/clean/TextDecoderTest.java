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

    @Test
    void utf8ThatWasOnceReadAsLatin1IsPutRight() {
        // "doesn’t — café" mis-decoded as Latin-1 and saved again as UTF-8
        String mangled = new String("<p>It doesn\u2019t \u2014 caf\u00e9</p>".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("<p>It doesn\u2019t \u2014 caf\u00e9</p>",
                TextDecoder.decode(mangled.getBytes(StandardCharsets.UTF_8), null, InputFormat.HTML));
    }

    @Test
    void utf8ThatWasOnceReadAsWindows1252IsPutRight() {
        String mangled = new String("We\u2019ve \u2013 \u201cquoted\u2019".getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("We\u2019ve \u2013 \u201cquoted\u2019", TextDecoder.decode(mangled.getBytes(StandardCharsets.UTF_8), null, InputFormat.TEXT));
    }

    @Test
    void latinTextWithoutTheSignsOfMojibakeIsLeftAlone() {
        // "Ã©" could be a mangled "é", but nothing else on the page says it was mangled
        String text = "S\u00c3\u00a9n and na\u00efve \u00c2\u00b0";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null, InputFormat.TEXT));
    }
}
