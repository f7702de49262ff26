package org.articlesummarizer.aws.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;

import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.RejectedInputException.Reason;
import org.articlesummarizer.clean.InputFormat;
import org.articlesummarizer.clean.TextDecoder;
import org.articlesummarizer.summarize.SentenceBudget;

/**
 * A {@code POST /summaries} request, read and checked: the article bytes with their content type,
 * how many sentences, and which response format. Everything wrong with the request itself
 * becomes a {@link ProblemException} here (413, 415, 400, 406), before the pipeline runs.
 *
 * <p>The body is the article as {@code text/html}, {@code text/plain}, {@code text/markdown}, or
 * {@code application/json} {@code {"text"|"html": "...", "title"?, "sentences"?, "format"?}}.
 * Query parameters {@code sentences} and {@code format} apply to every body; the JSON fields
 * win over them.
 */
public record SummaryRequest(byte[] body, String contentType, SentenceBudget budget, ResponseFormat format) {

    /** The media types the pipeline reads; anything else is a 415. */
    public static final Set<String> SUPPORTED_TYPES = Set.of(
            "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown", "application/json");
    private static final String SUPPORTED_LIST = "text/html, text/plain, text/markdown or application/json";

    /** The input for the pipeline. The name is empty: a request has no file name to fall back on for a title. */
    public InputDocument document() {
        return new InputDocument(body, "", contentType);
    }

    /**
     * @param headers       request headers; looked up case-insensitively
     * @param query         decoded query parameters (duplicates joined with commas, as API Gateway does)
     * @param body          the body as API Gateway passes it: text, or base64 when {@code base64} is set
     * @param maxBytes      the largest body accepted, in bytes after base64 decoding
     * @param defaultBudget sentences when the request names none
     */
    public static SummaryRequest read(Map<String, String> headers, Map<String, String> query, String body,
                                      boolean base64, long maxBytes, SentenceBudget defaultBudget) {
        Map<String, String> h = lowerCaseKeys(headers);
        Map<String, String> q = query == null ? Map.of() : query;

        byte[] bytes = bodyBytes(body, base64, maxBytes);
        MediaType type = contentType(h.get("content-type"), h.get("content-encoding"));
        // A text body has been decoded by API Gateway already: it is characters, now sent on as UTF-8.
        String contentType = base64 ? type.toString() : withUtf8(type).toString();

        SentenceBudget budget = budget(q.get("sentences"), defaultBudget);
        ResponseFormat format = ResponseFormat.fromParameter(q.get("format"));
        // An empty body goes on to the pipeline, which calls it empty (422) whatever its type.
        if (type.essence().equals("application/json") && !isBlank(bytes)) {
            JsonObject json = jsonEnvelope(bytes, contentType);
            JsonValue sentences = json.get("sentences");
            if (sentences != null && !sentences.isNull()) budget = budget(jsonSentences(sentences), defaultBudget);
            JsonValue f = json.get("format");
            if (f != null && !f.isNull()) {
                if (!f.isString()) throw new ProblemException(invalidParameter("\"format\" must be a string"));
                format = ResponseFormat.fromParameter(f.asString());
            }
        }
        if (format == null) format = ResponseFormat.negotiate(h.get("accept"));
        return new SummaryRequest(bytes, contentType, budget, format);
    }

    static Problem invalidParameter(String detail) {
        return Problem.of(400, "invalid_parameter", "A request parameter is invalid", detail);
    }

    private static byte[] bodyBytes(String body, boolean base64, long maxBytes) {
        if (body == null) return new byte[0];
        if (base64) {
            String encoded = body.strip();
            long decodedLength = encoded.length() / 4L * 3 - (encoded.endsWith("==") ? 2 : encoded.endsWith("=") ? 1 : 0);
            if (decodedLength > maxBytes) throw tooLarge(maxBytes);
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.rejected(new RejectedInputException(Reason.MALFORMED,
                        "the body is marked base64-encoded but is not valid base64: " + e.getMessage())));
            }
            if (bytes.length > maxBytes) throw tooLarge(maxBytes);
            return bytes;
        }
        if (body.length() > maxBytes) throw tooLarge(maxBytes);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) throw tooLarge(maxBytes);
        return bytes;
    }

    private static ProblemException tooLarge(long maxBytes) {
        // The local server reads one byte past the cap and no further, so the size may be a lower bound.
        String detail = "the body is larger than the largest accepted, " + maxBytes + " bytes";
        return new ProblemException(Problem.rejected(new RejectedInputException(Reason.TOO_LARGE, detail)));
    }

    private static MediaType contentType(String header, String contentEncoding) {
        if (contentEncoding != null && !contentEncoding.isBlank()
                && !contentEncoding.strip().equalsIgnoreCase("identity")) {
            throw unsupported("the body is sent with Content-Encoding " + contentEncoding.strip()
                    + "; send it uncompressed");
        }
        if (header == null || header.isBlank()) {
            throw unsupported("a Content-Type header is required: " + SUPPORTED_LIST);
        }
        MediaType type;
        try {
            type = MediaType.parse(header);
        } catch (IllegalArgumentException e) {
            throw unsupported("the Content-Type cannot be read (" + e.getMessage() + "); send " + SUPPORTED_LIST);
        }
        if (!SUPPORTED_TYPES.contains(type.essence())) {
            throw unsupported(type.essence() + " is not summarised; send " + SUPPORTED_LIST);
        }
        String charset = type.charset();
        if (charset != null && !isSupportedCharset(charset)) {
            throw unsupported("the charset " + charset + " is not supported");
        }
        return type;
    }

    private static boolean isSupportedCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static ProblemException unsupported(String detail) {
        return new ProblemException(Problem.rejected(new RejectedInputException(Reason.UNSUPPORTED_FORMAT, detail)));
    }

    private static MediaType withUtf8(MediaType type) {
        Map<String, String> params = new LinkedHashMap<>(type.parameters());
        params.put("charset", "utf-8");
        return new MediaType(type.type(), type.subtype(), params);
    }

    private static SentenceBudget budget(String value, SentenceBudget fallback) {
        if (value == null) return fallback;
        try {
            return SentenceBudget.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(invalidParameter(e.getMessage()));
        }
    }

    private static String jsonSentences(JsonValue v) {
        if (v.isString()) return v.asString();
        if (v.isNumber()) {
            double d = v.asDouble();
            if (d == Math.rint(d) && Math.abs(d) < 1_000_000) return Long.toString((long) d);
        }
        throw new ProblemException(invalidParameter("\"sentences\" must be a whole number from 1 to 50, or \"auto\""));
    }

    /** The JSON body, checked against the request schema (the pipeline reads the article from it again). */
    private static JsonObject jsonEnvelope(byte[] bytes, String contentType) {
        String text = TextDecoder.decode(bytes, contentType, InputFormat.JSON);
        JsonValue value;
        try {
            value = Json.parse(text);
        } catch (ParseException e) {
            throw malformed("the JSON body is malformed: " + e.getMessage());
        }
        if (!value.isObject()) throw malformed("the JSON body must be an object, not " + kind(value));
        JsonObject o = value.asObject();
        for (String field : new String[] {"text", "html", "title"}) {
            JsonValue v = o.get(field);
            if (v != null && !v.isNull() && !v.isString()) {
                throw malformed("\"" + field + "\" must be a string, not " + kind(v));
            }
        }
        if (isAbsent(o.get("text")) && isAbsent(o.get("html"))) {
            throw malformed("the JSON body has neither \"text\" nor \"html\"");
        }
        return o;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }

    private static boolean isAbsent(JsonValue v) {
        return v == null || v.isNull();
    }

    private static String kind(JsonValue v) {
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isNull()) return "null";
        return "a string";
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(Problem.rejected(new RejectedInputException(Reason.MALFORMED, detail)));
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>();
        if (headers == null) return h;
        headers.forEach((k, v) -> {
            if (k != null && v != null) h.merge(k.toLowerCase(Locale.ROOT), v, (a, b) -> a + "," + b);
        });
        return h;
    }
}
