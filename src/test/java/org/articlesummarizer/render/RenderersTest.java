package org.articlesummarizer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.article.Summary;
import org.junit.jupiter.api.Test;

class RenderersTest {

    private static Summary summary() {
        Article article = new Article("Kremlin denies *aid* request",
                List.of(new Paragraph(0, Paragraph.Kind.TEXT,
                        "Kremlin spokesman Dmitry Peskov said Russia had the capacity to continue. Markets fell.")),
                new ArticleMetadata("Jane Doe", "2022-03-14", "Example News", "World", "en", "text"));
        Sentence s0 = new Sentence(0, 0, "Kremlin spokesman Dmitry Peskov said Russia had the capacity to continue.");
        Claim claim = new Claim(Claim.Kind.REPORTED_SPEECH, "Kremlin spokesman Dmitry Peskov", "said", "Dmitry Peskov");
        return new Summary(article, List.of(new SelectedSentence(s0, 0.75, claim)), 2,
                new Summary.Generator("article-summarizer", "0.1.0", Map.of("sentences", "auto")));
    }

    @Test
    void jsonFollowsTheContract() {
        SourceInfo source = new SourceInfo("bucket", "incoming/a.txt", null, "abc", "0A", "text/plain", 88, "ff");
        JsonObject json = Json.parse(JsonRenderer.render(summary(), source)).asObject();

        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("incoming/a.txt", json.get("source").asObject().get("key").asString());
        assertTrue(json.get("source").asObject().get("versionId").isNull());
        JsonObject article = json.get("article").asObject();
        assertEquals("Kremlin denies *aid* request", article.get("title").asString());
        assertEquals("Jane Doe", article.get("byline").asString());
        assertEquals(13, article.get("wordCount").asInt());
        assertEquals(2, article.get("sentenceCount").asInt());
        assertEquals(1, article.get("readingTimeMinutes").asInt());
        JsonObject sentence = json.get("summary").asObject().get("sentences").asArray().get(0).asObject();
        assertEquals(0, sentence.get("index").asInt());
        assertEquals(0.75, sentence.get("score").asDouble());
        JsonObject claim = sentence.get("claim").asObject();
        assertEquals("reported_speech", claim.get("kind").asString());
        assertEquals("Kremlin spokesman Dmitry Peskov", claim.get("speaker").asString());
        assertEquals("said", claim.get("cue").asString());
        assertEquals("Dmitry Peskov", claim.get("speakerResolved").asString());
        assertEquals(sentence.get("text").asString(), json.get("summary").asObject().get("text").asString());
        assertEquals("auto", json.get("generator").asObject().get("parameters").asObject().get("sentences").asString());
    }

    @Test
    void jsonWithoutSourceLeavesTheBlockOut() {
        JsonObject json = Json.parse(JsonRenderer.render(summary(), null)).asObject();
        assertEquals(null, json.get("source"));
    }

    @Test
    void markdownShowsEachClaimWithItsSpeakerAndEscapesMarkup() {
        String md = MarkdownRenderer.render(summary(), "s3://bucket/incoming/a.txt");

        assertTrue(md.startsWith("# Kremlin denies \\*aid\\* request\n"), md);
        assertTrue(md.contains("- Kremlin spokesman Dmitry Peskov said Russia had the capacity to continue."
                + " — **Dmitry Peskov** (said)\n"), md);
        assertTrue(md.contains("World · Jane Doe · 2022-03-14 · Example News · 13 words"), md);
        assertTrue(md.endsWith("Source: s3://bucket/incoming/a.txt\n"), md);
    }

    @Test
    void errorReportNamesTheReason() {
        SourceInfo source = new SourceInfo("bucket", "incoming/a.png", null, "abc", "0A", null, 10, null);
        JsonObject json = Json.parse(ErrorReport.render(new RejectedInputException(
                RejectedInputException.Reason.BINARY, "NUL bytes at offset 8"), source, "0.1.0")).asObject();

        assertEquals("binary", json.get("error").asObject().get("code").asString());
        assertEquals("NUL bytes at offset 8", json.get("error").asObject().get("detail").asString());
        assertEquals("incoming/a.png", json.get("source").asObject().get("key").asString());
    }
}
