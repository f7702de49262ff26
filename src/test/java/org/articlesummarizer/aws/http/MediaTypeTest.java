package org.articlesummarizer.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void readsTypeSubtypeAndParametersCaseInsensitively() {
        MediaType t = MediaType.parse(" Text/HTML ; Charset=\"ISO-8859-1\" ; level=1");
        assertEquals("text/html", t.essence());
        assertEquals("ISO-8859-1", t.charset());
        assertEquals("1", t.parameters().get("level"));
        assertNull(MediaType.parse("application/json").charset());
    }

    @Test
    void keepsSemicolonsInsideQuotedValues() {
        assertEquals("a;b", MediaType.parse("text/plain; x=\"a;b\"; charset=utf-8").parameters().get("x"));
        assertEquals("utf-8", MediaType.parse("text/plain; x=\"a;b\"; charset=utf-8").charset());
    }

    @Test
    void rejectsWhatIsNotAMediaType() {
        for (String bad : new String[] {"html", "text/", "/plain", "text/plain/x", "te xt/plain", "text/plain; charset",
            "text/plain; charset=\"utf-8", ""}) {
            assertThrows(IllegalArgumentException.class, () -> MediaType.parse(bad), bad);
        }
    }

    @Test
    void acceptanceTakesTheMostSpecificRange() {
        List<MediaType> accept = MediaType.parseAccept("text/*;q=0.3, text/markdown;q=0.9, */*;q=0.1, bogus");
        assertEquals(0.9, MediaType.acceptance(accept, "text", "markdown"));
        assertEquals(0.3, MediaType.acceptance(accept, "text", "plain"));
        assertEquals(0.1, MediaType.acceptance(accept, "application", "json"));
        assertEquals(0.0, MediaType.acceptance(MediaType.parseAccept("image/png"), "application", "json"));
        assertEquals(1.0, MediaType.acceptance(MediaType.parseAccept(null), "application", "json"));
        assertEquals(0.0, MediaType.acceptance(MediaType.parseAccept("application/json;q=0"), "application", "json"));
    }

    @Test
    void negotiationPrefersJsonOnATie() {
        assertEquals(ResponseFormat.JSON, ResponseFormat.negotiate(null));
        assertEquals(ResponseFormat.JSON, ResponseFormat.negotiate("text/markdown, application/json"));
        assertEquals(ResponseFormat.MARKDOWN, ResponseFormat.negotiate("text/markdown, application/json;q=0.8"));
        assertEquals(ResponseFormat.MARKDOWN, ResponseFormat.negotiate("text/*"));
        ProblemException e = assertThrows(ProblemException.class, () -> ResponseFormat.negotiate("text/html"));
        assertEquals(406, e.problem().status());
    }
}
