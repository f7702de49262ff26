package org.articlesummarizer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.summarize.SentenceBudget;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API function as deployed: the event files of events/ loaded as the Lambda runtime
 * loads them, and variations of them, through the real handler and pipeline.
 */
class ApiSummarizeHandlerTest {

    private static final ApiSummarizeHandler HANDLER = new ApiSummarizeHandler(ApiConfig.defaults(), EventLog.STDERR);

    static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent("events/" + name);
    }

    /** The text event with another body and content type (headers keep the rest of the event). */
    static APIGatewayV2HTTPEvent post(String contentType, String body) {
        APIGatewayV2HTTPEvent e = load("api-summarize-text.json");
        Map<String, String> headers = new HashMap<>(e.getHeaders());
        headers.remove("content-length");
        if (contentType == null) headers.remove("content-type"); else headers.put("content-type", contentType);
        e.setHeaders(headers);
        e.setQueryStringParameters(null);
        e.setRawQueryString("");
        e.setBody(body);
        e.setIsBase64Encoded(false);
        return e;
    }

    static APIGatewayV2HTTPEvent withQuery(APIGatewayV2HTTPEvent e, String name, String value) {
        Map<String, String> q = e.getQueryStringParameters() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(e.getQueryStringParameters());
        q.put(name, value);
        e.setQueryStringParameters(q);
        return e;
    }

    static APIGatewayV2HTTPEvent withHeader(APIGatewayV2HTTPEvent e, String name, String value) {
        Map<String, String> h = new HashMap<>(e.getHeaders());
        h.put(name, value);
        e.setHeaders(h);
        return e;
    }

    static APIGatewayV2HTTPEvent request(String method, String path) {
        APIGatewayV2HTTPEvent e = load("api-summarize-text.json");
        e.getRequestContext().getHttp().setMethod(method);
        e.getRequestContext().getHttp().setPath(path);
        e.setRawPath(path);
        e.setRouteKey("$default");
        return e;
    }

    static String articleText() {
        return load("api-summarize-text.json").getBody();
    }

    /** Asserts an RFC 9457 problem response and returns its JSON. */
    static JsonObject assertProblem(APIGatewayV2HTTPResponse r, int status, String code) {
        assertEquals(status, r.getStatusCode(), r.getBody());
        assertEquals("application/problem+json", r.getHeaders().get("content-type"));
        JsonObject p = Json.parse(r.getBody()).asObject();
        assertEquals(status, p.getInt("status", 0));
        assertFalse(p.getString("title", "").isBlank());
        assertFalse(p.getString("detail", "").isBlank());
        if (code != null) {
            assertEquals("urn:article-summarizer:problem:" + code.replace('_', '-'), p.getString("type", null));
            assertEquals(code, p.getString("code", null));
        } else {
            assertEquals("about:blank", p.getString("type", null));
        }
        assertFalse(r.getBody().contains("Exception"), r.getBody());
        assertFalse(r.getBody().contains("\tat "), r.getBody());
        return p;
    }

    static JsonObject assertSummary(APIGatewayV2HTTPResponse r) {
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("application/json; charset=utf-8", r.getHeaders().get("content-type"));
        JsonObject json = Json.parse(r.getBody()).asObject();
        assertEquals(1, json.getInt("schemaVersion", 0));
        assertNull(json.get("source"), "an HTTP response has no S3 source block");
        return json;
    }

    @Test
    void textEventIsSummarisedWithTheSentencesItAsksFor() {
        JsonObject json = assertSummary(HANDLER.handleRequest(load("api-summarize-text.json"), null));

        JsonObject article = json.get("article").asObject();
        assertEquals("Harbour City Votes to Rebuild Its Flooded Sea Wall", article.getString("title", null));
        assertEquals("text", article.getString("format", null));
        assertEquals(3, json.get("summary").asObject().get("sentences").asArray().size());
        assertEquals("3", json.get("generator").asObject().get("parameters").asObject().getString("sentences", null));
        assertTrue(json.get("summary").asObject().getString("text", "").contains("sea wall"));
    }

    @Test
    void base64HtmlEventIsDecodedWithItsCharset() {
        APIGatewayV2HTTPEvent event = load("api-summarize-html.json");
        assertTrue(event.getIsBase64Encoded());

        JsonObject json = assertSummary(HANDLER.handleRequest(event, null));

        JsonObject article = json.get("article").asObject();
        assertEquals("Zürich Café Owners Say New Rules Will Cut Late-Night Trade", article.getString("title", null));
        assertEquals("html", article.getString("format", null));
        String summary = json.get("summary").asObject().getString("text", "");
        assertFalse(summary.isBlank());
        assertFalse(summary.contains("Ã"), "mojibake: " + summary);
        assertFalse(summary.contains("All rights reserved"), summary);
        assertFalse(summary.contains("Home | News"), summary);
    }

    @Test
    void badRequestEventIsA400ProblemWithTheRequestId() {
        APIGatewayV2HTTPResponse r = HANDLER.handleRequest(load("api-bad-request.json"), null);

        JsonObject p = assertProblem(r, 400, "malformed");
        assertTrue(p.getString("detail", "").contains("JSON"), p.toString());
        assertEquals("Jx3c4d5e6f7g8h9=", p.getString("requestId", null));
    }

    @Test
    void markdownWhenAcceptAsksForIt() {
        APIGatewayV2HTTPEvent e = withHeader(load("api-summarize-text.json"), "accept", "text/markdown, application/json;q=0.5");

        APIGatewayV2HTTPResponse r = HANDLER.handleRequest(e, null);

        assertEquals(200, r.getStatusCode());
        assertEquals("text/markdown; charset=utf-8", r.getHeaders().get("content-type"));
        assertEquals("accept", r.getHeaders().get("vary"));
        assertTrue(r.getBody().startsWith("# Harbour City Votes to Rebuild Its Flooded Sea Wall\n"), r.getBody());
        assertTrue(r.getBody().contains("## Key claims"));
    }

    @Test
    void formatParameterWinsOverAccept() {
        APIGatewayV2HTTPEvent e = withQuery(load("api-summarize-text.json"), "format", "markdown");

        APIGatewayV2HTTPResponse r = HANDLER.handleRequest(e, null);

        assertEquals(200, r.getStatusCode());
        assertEquals("text/markdown; charset=utf-8", r.getHeaders().get("content-type"));
    }

    @Test
    void jsonBodyCarriesTitleSentencesAndFormat() {
        String body = Json.object().add("title", "Sea wall vote").add("text", articleText())
                .add("sentences", 2).add("format", "json").toString();
        APIGatewayV2HTTPEvent e = withHeader(post("application/json", body), "accept", "text/markdown");

        JsonObject json = assertSummary(HANDLER.handleRequest(e, null));

        assertEquals("Sea wall vote", json.get("article").asObject().getString("title", null));
        assertEquals(2, json.get("summary").asObject().get("sentences").asArray().size());
    }

    @Test
    void jsonBodyWithHtml() {
        String html = new String(Base64.getDecoder().decode(load("api-summarize-html.json").getBody()),
                StandardCharsets.UTF_8);
        String body = Json.object().add("html", html).add("sentences", "auto").toString();

        JsonObject json = assertSummary(HANDLER.handleRequest(post("application/json; charset=utf-8", body), null));

        assertEquals("html", json.get("article").asObject().getString("format", null));
        assertEquals("auto", json.get("generator").asObject().get("parameters").asObject().getString("sentences", null));
    }

    @Test
    void markdownBodyIsReadAsMarkdown() {
        String md = "# Harbour City Votes to Rebuild Its Sea Wall\n\n" + articleText().substring(articleText().indexOf("The city"));

        JsonObject json = assertSummary(HANDLER.handleRequest(post("text/markdown", md), null));

        assertEquals("markdown", json.get("article").asObject().getString("format", null));
        assertEquals("Harbour City Votes to Rebuild Its Sea Wall", json.get("article").asObject().getString("title", null));
    }

    @Test
    void aTextBodyIsCharactersWhateverCharsetItsContentTypeNames() {
        // API Gateway passes a text body as a string: it has been decoded already.
        String text = "Café Owners Protest\n\n" + articleText().substring(articleText().indexOf("The city"));
        JsonObject json = assertSummary(HANDLER.handleRequest(post("text/plain; charset=windows-1252", text), null));
        assertEquals("Café Owners Protest", json.get("article").asObject().getString("title", null));
    }

    @Test
    void aBase64BodyIsBytesInTheCharsetItsContentTypeNames() {
        String text = "Café Owners Protest\n\n" + articleText().substring(articleText().indexOf("The city"));
        APIGatewayV2HTTPEvent e = post("text/plain; charset=windows-1252",
                Base64.getEncoder().encodeToString(text.getBytes(Charset.forName("windows-1252"))));
        e.setIsBase64Encoded(true);

        JsonObject json = assertSummary(HANDLER.handleRequest(e, null));

        assertEquals("Café Owners Protest", json.get("article").asObject().getString("title", null));
    }

    @Test
    void invalidParametersAre400() {
        assertProblem(HANDLER.handleRequest(withQuery(load("api-summarize-text.json"), "sentences", "many"), null),
                400, "invalid_parameter");
        assertProblem(HANDLER.handleRequest(withQuery(load("api-summarize-text.json"), "sentences", "0"), null),
                400, "invalid_parameter");
        assertProblem(HANDLER.handleRequest(withQuery(load("api-summarize-text.json"), "format", "pdf"), null),
                400, "invalid_parameter");
        String body = Json.object().add("text", articleText()).add("sentences", 2.5).toString();
        assertProblem(HANDLER.handleRequest(post("application/json", body), null), 400, "invalid_parameter");
    }

    @Test
    void malformedJsonBodiesAre400() {
        assertProblem(HANDLER.handleRequest(post("application/json", "[\"text\"]"), null), 400, "malformed");
        assertProblem(HANDLER.handleRequest(post("application/json", "{\"title\": \"only a title\"}"), null),
                400, "malformed");
        assertProblem(HANDLER.handleRequest(post("application/json", "{\"text\": 42}"), null), 400, "malformed");
        APIGatewayV2HTTPEvent notBase64 = post("text/plain", "this is not base64!");
        notBase64.setIsBase64Encoded(true);
        assertProblem(HANDLER.handleRequest(notBase64, null), 400, "malformed");
    }

    @Test
    void unsupportedMediaTypesAre415() {
        assertProblem(HANDLER.handleRequest(post("application/pdf", "%PDF-1.7"), null), 415, "unsupported_format");
        assertProblem(HANDLER.handleRequest(post("application/x-www-form-urlencoded", "a=b"), null),
                415, "unsupported_format");
        JsonObject missing = assertProblem(HANDLER.handleRequest(post(null, articleText()), null), 415, "unsupported_format");
        assertTrue(missing.getString("detail", "").contains("Content-Type"));
        assertProblem(HANDLER.handleRequest(post("text/plain; charset=no-such-charset", articleText()), null),
                415, "unsupported_format");
        assertProblem(HANDLER.handleRequest(withHeader(post("text/plain", articleText()), "content-encoding", "br"), null),
                415, "unsupported_format");
    }

    @Test
    void nothingToSummariseIs422() {
        assertProblem(HANDLER.handleRequest(post("text/plain", ""), null), 422, "empty");
        assertProblem(HANDLER.handleRequest(post("application/json", "  "), null), 422, "empty");
        assertProblem(HANDLER.handleRequest(post("text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"),
                null), 422, "no_article");
        APIGatewayV2HTTPEvent binary = post("text/plain", Base64.getEncoder().encodeToString(new byte[] {1, 0, 2, 0, 3, 0}));
        binary.setIsBase64Encoded(true);
        assertProblem(HANDLER.handleRequest(binary, null), 422, "binary");
    }

    @Test
    void bodyOverTheCapIs413AndExactlyTheCapIsRead() {
        String text = articleText();
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        ApiSummarizeHandler exact = new ApiSummarizeHandler(new ApiConfig(SentenceBudget.AUTO, size), EventLog.STDERR);
        ApiSummarizeHandler under = new ApiSummarizeHandler(new ApiConfig(SentenceBudget.AUTO, size - 1), EventLog.STDERR);

        assertSummary(exact.handleRequest(post("text/plain", text), null));
        assertProblem(under.handleRequest(post("text/plain", text), null), 413, "too_large");

        APIGatewayV2HTTPEvent encoded = post("text/plain",
                Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        encoded.setIsBase64Encoded(true);
        assertSummary(exact.handleRequest(encoded, null));
        assertProblem(under.handleRequest(encoded, null), 413, "too_large");
    }

    @Test
    void acceptingNeitherFormatIs406() {
        assertProblem(HANDLER.handleRequest(withHeader(load("api-summarize-text.json"), "accept", "image/png"), null),
                406, "not_acceptable");
        assertSummary(HANDLER.handleRequest(withHeader(load("api-summarize-text.json"), "accept", "*/*"), null));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        APIGatewayV2HTTPResponse get = HANDLER.handleRequest(request("GET", "/summaries"), null);
        assertProblem(get, 405, null);
        assertEquals("POST", get.getHeaders().get("allow"));

        APIGatewayV2HTTPResponse delete = HANDLER.handleRequest(request("DELETE", "/health"), null);
        assertProblem(delete, 405, null);
        assertEquals("GET", delete.getHeaders().get("allow"));
    }

    @Test
    void unknownRouteIs404() {
        JsonObject p = assertProblem(HANDLER.handleRequest(request("POST", "/summary"), null), 404, null);
        assertEquals("Not Found", p.getString("title", null));
        assertProblem(HANDLER.handleRequest(null, null), 404, null);
    }

    @Test
    void healthSaysOk() {
        APIGatewayV2HTTPResponse r = HANDLER.handleRequest(request("GET", "/health"), null);
        assertEquals(200, r.getStatusCode());
        assertEquals("ok", Json.parse(r.getBody()).asObject().getString("status", null));
    }

    @Test
    void aNamedStageIsNotPartOfTheRoute() {
        APIGatewayV2HTTPEvent e = load("api-summarize-text.json");
        e.setRawPath("/prod/summaries");
        e.getRequestContext().setStage("prod");
        assertSummary(HANDLER.handleRequest(e, null));
    }

    @Test
    void configurationComesFromTheEnvironmentVariables() {
        ApiConfig c = ApiConfig.from(Map.of("SUMMARY_SENTENCES", "5", "MAX_REQUEST_BYTES", "2048"));
        assertEquals(5, c.sentences().fixed());
        assertEquals(2048, c.maxRequestBytes());
        assertEquals(ApiConfig.DEFAULT_MAX_REQUEST_BYTES, ApiConfig.from(Map.of()).maxRequestBytes());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ApiConfig.from(Map.of("MAX_REQUEST_BYTES", "lots")));
        assertTrue(e.getMessage().contains("MAX_REQUEST_BYTES"));
    }
}
