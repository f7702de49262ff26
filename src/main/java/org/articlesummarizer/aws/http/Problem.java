package org.articlesummarizer.aws.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.RejectedInputException.Reason;

/**
 * An error response as RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail}, plus extension members ({@code code}, the same code the S3 error reports use,
 * and {@code requestId}). Plain HTTP errors (404, 405, 500) use the type {@code about:blank} with
 * the status phrase as title, as the RFC asks; problems of this API have a {@code urn:} type.
 */
public record Problem(int status, String type, String title, String detail, Map<String, String> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:article-summarizer:problem:";

    public Problem {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem of this API, named by its code ({@code invalid_parameter}, {@code no_article}). */
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(status, TYPE_PREFIX + code.replace('_', '-'), title, detail, Map.of("code", code));
    }

    /** A plain HTTP error: type {@code about:blank}, title the status phrase. */
    public static Problem http(int status, String detail) {
        return new Problem(status, "about:blank", phrase(status), detail, Map.of());
    }

    /** Input the pipeline (or the request reader) refused: the status says whose fault and what kind. */
    public static Problem rejected(RejectedInputException e) {
        Reason reason = e.reason();
        String title = reason.title();
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        return of(statusFor(reason), reason.code(), title, e.getMessage());
    }

    static int statusFor(Reason reason) {
        switch (reason) {
            case TOO_LARGE:
                return 413;
            case UNSUPPORTED_FORMAT:
                return 415;
            case MALFORMED:
                return 400;
            case EMPTY:
            case BINARY:
            case NO_ARTICLE:
            case NO_SENTENCES:
            default:
                return 422;
        }
    }

    /** The same problem with one more extension member. */
    public Problem with(String name, String value) {
        if (value == null) return this;
        Map<String, String> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(status, type, title, detail, more);
    }

    public String toJson() {
        JsonObject o = Json.object().add("type", type).add("title", title).add("status", status);
        if (detail != null) o.add("detail", detail);
        extensions.forEach(o::add);
        return o.toString(WriterConfig.PRETTY_PRINT);
    }

    static String phrase(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 406: return "Not Acceptable";
            case 413: return "Content Too Large";
            case 415: return "Unsupported Media Type";
            case 422: return "Unprocessable Content";
            case 500: return "Internal Server Error";
            default: return "HTTP " + status;
        }
    }

    @Override
    public String toString() {
        return status + " " + type + " (" + title.toLowerCase(Locale.ROOT) + "): " + detail;
    }
}
