package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.aws.ApiConfig;
import org.articlesummarizer.aws.ApiSummarizeHandler;
import org.articlesummarizer.aws.EventLog;
import org.articlesummarizer.summarize.SentenceBudget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code serve} server over real HTTP on 127.0.0.1 (an ephemeral port), with the JDK's HTTP
 * client: the handler as deployed behind it, a small body cap so the cap is cheap to test.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalApiServerTest {

    /** The body cap of the server under test, in bytes. */
    static final int CAP = 16 * 1024;

    private static LocalApiServer server;
    private static HttpClient client;
    private static URI base;

    private static final String TEXT = EventLoader.loadApiGatewayHttpEvent("events/api-summarize-text.json").getBody();
    private static final String TITLE = "Harbour City Votes to Rebuild Its Flooded Sea Wall";
    private static final byte[] HTML = Base64.getDecoder().decode(
            EventLoader.loadApiGatewayHttpEvent("events/api-summarize-html.json").getBody());

    @BeforeAll
    static void start() throws IOException {
        ApiSummarizeHandler handler = new ApiSummarizeHandler(new ApiConfig(SentenceBudget.AUTO, CAP), EventLog.STDERR);
        server = new LocalApiServer(handler, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4,
                EventLog.STDERR);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.address().getPort());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject summary(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("content-type").orElse(null));
        JsonObject json = Json.parse(r.body()).asObject();
        assertEquals(1, json.getInt("schemaVersion", 0));
        assertTrue(json.get("source") == null);
        return json;
    }

    static JsonObject problem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("content-type").orElse(null));
        JsonObject p = Json.parse(r.body()).asObject();
        assertEquals(status, p.getInt("status", 0));
        assertTrue(p.get("type").isString() && p.get("title").isString() && p.get("detail").isString(), r.body());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), r.body());
        return p;
    }

    static String format(JsonObject summary) {
        return summary.get("article").asObject().getString("format", null);
    }

    @Test
    void eachMediaTypeIsSummarised() throws Exception {
        JsonObject text = summary(post("/summaries?sentences=2", "text/plain; charset=utf-8", utf8(TEXT)));
        assertEquals("text", format(text));
        assertEquals(TITLE, text.get("article").asObject().getString("title", null));
        assertEquals(2, text.get("summary").asObject().get("sentences").asArray().size());

        JsonObject html = summary(post("/summaries", "text/html", HTML));
        assertEquals("html", format(html));
        assertEquals("Zürich Café Owners Say New Rules Will Cut Late-Night Trade",
                html.get("article").asObject().getString("title", null));

        String md = "# " + TITLE + "\n\n" + TEXT.substring(TEXT.indexOf("The city"));
        assertEquals("markdown", format(summary(post("/summaries", "text/markdown", utf8(md)))));

        JsonObject json = summary(post("/summaries", "application/json",
                utf8(Json.object().add("text", TEXT).add("sentences", 1).toString())));
        assertEquals(1, json.get("summary").asObject().get("sentences").asArray().size());

        JsonObject jsonHtml = summary(post("/summaries", "application/json",
                utf8(Json.object().add("html", new String(HTML, StandardCharsets.UTF_8)).toString())));
        assertEquals("html", format(jsonHtml));
    }

    @Test
    void markdownWhenAsked() throws Exception {
        HttpResponse<String> byAccept = post("/summaries", "text/plain", utf8(TEXT), "Accept", "text/markdown");
        assertEquals(200, byAccept.statusCode());
        assertEquals("text/markdown; charset=utf-8", byAccept.headers().firstValue("content-type").orElse(null));
        assertTrue(byAccept.body().startsWith("# " + TITLE + "\n"), byAccept.body());

        HttpResponse<String> byParameter = post("/summaries?format=markdown", "text/plain", utf8(TEXT));
        assertEquals("text/markdown; charset=utf-8", byParameter.headers().firstValue("content-type").orElse(null));
    }

    @Test
    void eachErrorStatus() throws Exception {
        problem(post("/summaries", "application/json", utf8("{\"text\": ")), 400);
        problem(post("/summaries?sentences=lots", "text/plain", utf8(TEXT)), 400);
        assertEquals("Not Found", problem(send("GET", "/nothing-here"), 404).getString("title", null));
        HttpResponse<String> wrongMethod = send("GET", "/summaries");
        problem(wrongMethod, 405);
        assertEquals("POST", wrongMethod.headers().firstValue("allow").orElse(null));
        problem(post("/summaries", "text/plain", utf8(TEXT), "Accept", "image/png"), 406);
        problem(post("/summaries", "text/plain", new byte[CAP + 1]), 413);
        problem(post("/summaries", "application/pdf", utf8("%PDF-1.7")), 415);
        problem(post("/summaries", "text/html", utf8("<html><body><nav>Home</nav></body></html>")), 422);
        problem(post("/summaries", "text/plain", new byte[0]), 422);
    }

    @Test
    void aBodyOfExactlyTheCapIsSummarisedAndOneByteMoreIs413() throws Exception {
        byte[] article = utf8(TEXT);
        byte[] exact = new byte[CAP];
        java.util.Arrays.fill(exact, (byte) ' ');
        System.arraycopy(article, 0, exact, 0, article.length);
        byte[] over = java.util.Arrays.copyOf(exact, CAP + 1);
        over[CAP] = ' ';

        assertEquals(TITLE, summary(post("/summaries", "text/plain", exact)).get("article").asObject()
                .getString("title", null));
        JsonObject tooLarge = problem(post("/summaries", "text/plain", over), 413);
        assertEquals("too_large", tooLarge.getString("code", null));
        assertTrue(tooLarge.getString("detail", "").contains(Integer.toString(CAP)), tooLarge.toString());
    }

    @Test
    void thirtyTwoConcurrentRequestsAreAllAnsweredCorrectly() throws Exception {
        int n = 32;
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int sentences = 1 + i % 4;
            String query = "/summaries?sentences=" + sentences + (i % 2 == 0 ? "" : "&format=markdown");
            HttpRequest r = HttpRequest.newBuilder(base.resolve(query)).timeout(Duration.ofSeconds(90))
                    .header("Content-Type", i % 3 == 0 ? "text/html" : "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(i % 3 == 0 ? HTML : utf8(TEXT))).build();
            pending.add(client.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).get(100, TimeUnit.SECONDS);

        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = pending.get(i).get();
            int sentences = 1 + i % 4;
            String title = i % 3 == 0 ? "Zürich Café Owners Say New Rules Will Cut Late-Night Trade" : TITLE;
            assertEquals(200, r.statusCode(), "request " + i + ": " + r.body());
            if (i % 2 == 0) {
                JsonObject json = summary(r);
                assertEquals(title, json.get("article").asObject().getString("title", null), "request " + i);
                assertEquals(sentences, json.get("summary").asObject().get("sentences").asArray().size(),
                        "request " + i);
            } else {
                assertTrue(r.body().startsWith("# " + title + "\n"), "request " + i + ": " + r.body());
                assertEquals(sentences, r.body().lines().filter(l -> l.startsWith("- ")).count(), "request " + i);
            }
        }
    }

    @Test
    void malformedRequestsDoNotTakeTheServerDown() throws Exception {
        // Not HTTP at all: the JDK's parser answers 400 and closes the connection.
        String garbage = rawExchange("\u0001\u0002GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(garbage.startsWith("HTTP/1.1 400"), garbage);
        // A client that promises a body and hangs up half-way.
        rawExchange(("POST /summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n"
                + "only part of it").getBytes(StandardCharsets.ISO_8859_1), true);
        // An HTTP request with a broken JSON body.
        problem(post("/summaries", "application/json", utf8("{{{{")), 400);

        JsonObject after = summary(post("/summaries", "text/plain", utf8(TEXT)));
        assertEquals(TITLE, after.get("article").asObject().getString("title", null));
        assertEquals("ok", Json.parse(send("GET", "/health").body()).asObject().getString("status", null));
    }

    private static String rawExchange(byte[] request) throws IOException {
        return rawExchange(request, false);
    }

    /** Writes raw bytes on a socket; reads what comes back unless told to hang up at once. */
    private static String rawExchange(byte[] request, boolean hangUp) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (hangUp) return "";
            socket.shutdownOutput();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(response);
            } catch (IOException reset) {
                // the server may reset the connection after its answer
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void queryParametersAreDecodedAndRepeatsJoinedAsApiGatewayDoes() {
        assertEquals(Map.of("a", "1,2", "b", " x", "c", ""), LocalApiServer.queryParameters("a=1&a=2&b=%20x&c"));
        assertEquals(null, LocalApiServer.queryParameters(""));
        assertEquals(Map.of("p", "100%"), LocalApiServer.queryParameters("p=100%"));
    }

    @Test
    void serveIsACommandAndRejectsBadOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli();
        assertEquals(Cli.OK, cli.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("serve"));
        assertEquals(Cli.USAGE, cli.run(new String[] {"serve", "--port", "http"}, new PrintStream(out), new PrintStream(err)));
        assertEquals(Cli.USAGE, cli.run(new String[] {"serve", "--port", "70000"}, new PrintStream(out), new PrintStream(err)));
        assertEquals(Cli.USAGE, cli.run(new String[] {"serve", "--colour", "red"}, new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port"));
    }
}
