package org.articlesummarizer.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.RejectedInputException.Reason;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void eachRejectionReasonHasItsStatus() {
        assertEquals(422, Problem.rejected(new RejectedInputException(Reason.EMPTY, "x")).status());
        assertEquals(422, Problem.rejected(new RejectedInputException(Reason.BINARY, "x")).status());
        assertEquals(422, Problem.rejected(new RejectedInputException(Reason.NO_ARTICLE, "x")).status());
        assertEquals(422, Problem.rejected(new RejectedInputException(Reason.NO_SENTENCES, "x")).status());
        assertEquals(413, Problem.rejected(new RejectedInputException(Reason.TOO_LARGE, "x")).status());
        assertEquals(415, Problem.rejected(new RejectedInputException(Reason.UNSUPPORTED_FORMAT, "x")).status());
        assertEquals(400, Problem.rejected(new RejectedInputException(Reason.MALFORMED, "x")).status());
    }

    @Test
    void writesTheRfc9457MembersAndExtensions() {
        Problem p = Problem.rejected(new RejectedInputException(Reason.NO_ARTICLE, "no article text was found"))
                .with("requestId", "r-1").with("ignored", null);

        JsonObject json = Json.parse(p.toJson()).asObject();

        assertEquals("urn:article-summarizer:problem:no-article", json.getString("type", null));
        assertEquals("No article text was found", json.getString("title", null));
        assertEquals(422, json.getInt("status", 0));
        assertEquals("no article text was found", json.getString("detail", null));
        assertEquals("no_article", json.getString("code", null));
        assertEquals("r-1", json.getString("requestId", null));
        assertNull(json.get("ignored"));
    }

    @Test
    void plainHttpErrorsAreAboutBlankWithTheStatusPhrase() {
        JsonObject json = Json.parse(Problem.http(405, "use POST").toJson()).asObject();
        assertEquals("about:blank", json.getString("type", null));
        assertEquals("Method Not Allowed", json.getString("title", null));
        assertNull(json.get("code"));
    }
}
