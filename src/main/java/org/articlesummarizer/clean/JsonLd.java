package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.List;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import org.jsoup.parser.Parser;

/**
 * The schema.org description a page gives of itself in {@code <script type="application/ld+json">}:
 * the first Article-like object (NewsArticle, BlogPosting, ...), looked for in arrays and
 * {@code @graph}s. Broken JSON is ignored, as browsers and crawlers ignore it.
 */
final class JsonLd {

    private static final JsonLd NONE = new JsonLd(null);
    private final JsonObject article;

    private JsonLd(JsonObject article) {
        this.article = article;
    }

    /** Reads the contents of a page's JSON-LD scripts. */
    static JsonLd parse(List<String> scripts) {
        List<JsonObject> objects = new ArrayList<>();
        for (String script : scripts) {
            try {
                collect(Json.parse(script.strip()), objects);
            } catch (RuntimeException e) {
                // malformed JSON-LD is common; the page's other signals still count
            }
        }
        for (JsonObject o : objects) if (typeMatches(o, "Article") || typeMatches(o, "BlogPosting")) return new JsonLd(o);
        for (JsonObject o : objects) if (typeMatches(o, "Posting") || typeMatches(o, "Report")) return new JsonLd(o);
        for (JsonObject o : objects) if (typeMatches(o, "WebPage") && o.get("datePublished") != null) return new JsonLd(o);
        return NONE;
    }

    private static void collect(JsonValue v, List<JsonObject> out) {
        if (v.isArray()) {
            for (JsonValue item : v.asArray()) collect(item, out);
        } else if (v.isObject()) {
            JsonObject o = v.asObject();
            out.add(o);
            JsonValue graph = o.get("@graph");
            if (graph != null) collect(graph, out);
            JsonValue main = o.get("mainEntity");
            if (main != null && main.isObject()) collect(main, out);
        }
    }

    private static boolean typeMatches(JsonObject o, String type) {
        JsonValue t = o.get("@type");
        if (t == null) return false;
        if (t.isString()) return t.asString().endsWith(type);
        if (t.isArray()) for (JsonValue v : t.asArray()) if (v.isString() && v.asString().endsWith(type)) return true;
        return false;
    }

    String headline() { return string("headline"); }

    String datePublished() { return string("datePublished"); }

    String dateModified() { return string("dateModified"); }

    String section() {
        JsonValue v = article == null ? null : article.get("articleSection");
        if (v != null && v.isArray() && !v.asArray().isEmpty()) return asText(v.asArray().get(0));
        return asText(v);
    }

    String language() { return string("inLanguage"); }

    String publisher() {
        JsonValue p = article == null ? null : article.get("publisher");
        return p != null && p.isObject() ? asText(p.asObject().get("name")) : null;
    }

    /** Author names joined with ", ": the field may be a string, a Person, or an array of either. */
    String authors() {
        JsonValue a = article == null ? null : article.get("author");
        if (a == null) return null;
        List<String> names = new ArrayList<>();
        for (JsonValue v : a.isArray() ? a.asArray() : new JsonArray().add(a)) {
            // a publisher named as author ("Cleveland Clinic") is the byline only when no person is
            // named: see organisationAuthor
            if (v.isObject() && typeMatches(v.asObject(), "Organization")) continue;
            String name = v.isObject() ? asText(v.asObject().get("name")) : asText(v);
            // ", USA TODAY": a person left out before the publisher names no one
            if (name == null || name.startsWith("http") || name.startsWith(",") || names.contains(name)) continue;
            names.add(name);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Organisations given as the author, for pages that name no person anywhere. */
    String organisationAuthor() {
        JsonValue a = article == null ? null : article.get("author");
        if (a == null) return null;
        for (JsonValue v : a.isArray() ? a.asArray() : new JsonArray().add(a)) {
            if (v.isObject() && typeMatches(v.asObject(), "Organization")) return asText(v.asObject().get("name"));
        }
        return null;
    }

    private String string(String name) {
        return article == null ? null : asText(article.get(name));
    }

    /** The string value, with the HTML entities some sites leave in JSON-LD ("Maria &amp;amp; Katerina") decoded. */
    private static String asText(JsonValue v) {
        if (v == null || !v.isString()) return null;
        String s = v.asString();
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
