package org.articlesummarizer.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.articlesummarizer.aws.ApiSummarizeHandler;
import org.articlesummarizer.aws.EventLog;
import org.articlesummarizer.aws.http.Problem;

/**
 * The HTTP API on a laptop: the JDK's HTTP server turns each request into the API Gateway
 * payload 2.0 event that AWS would send and calls the same {@link ApiSummarizeHandler}, so a
 * client sees the same statuses, headers and bodies as on AWS.
 *
 * <p>Requests run on a fixed pool of worker threads with a bounded queue; when both are full the
 * accepting thread runs the request itself, which slows new connections instead of dropping
 * them. A body is read only up to one byte past the cap, so an oversized upload costs no more
 * memory than the cap; the handler then answers 413. A request the JDK cannot parse is answered
 * 400 by the JDK; a client that goes away mid-request is dropped; neither stops the server.
 */
final class LocalApiServer implements AutoCloseable {

    static final int QUEUE = 256;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ApiSummarizeHandler handler;
    private final EventLog log;

    LocalApiServer(ApiSummarizeHandler handler, InetSocketAddress address, int threads, EventLog log)
            throws IOException {
        this.handler = handler;
        this.log = log;
        this.server = HttpServer.create(address, 128);
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "serve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    /** Where the server listens (the port is the real one when 0 was asked for). */
    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            APIGatewayV2HTTPEvent event;
            try {
                event = toEvent(exchange, handler.config().maxRequestBytes());
            } catch (IOException e) {
                log.warn(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + ": the client went away while sending (" + e.getMessage() + ")");
                return;
            }
            send(exchange, handler.handleRequest(event, null));
        } catch (IOException e) {
            log.warn("the response could not be sent: " + e.getMessage());
        } catch (RuntimeException e) {
            // the handler answers every request itself; this is the server's own bug, not the client's
            log.error("local server failure on " + exchange.getRequestMethod() + " " + exchange.getRequestURI()
                    + ": " + e);
            sendBug(exchange);
        } finally {
            exchange.close();
        }
    }

    /** A last-resort 500 when the server itself failed; once the response has started, closing is all there is. */
    private static void sendBug(HttpExchange exchange) {
        try {
            byte[] body = Problem.http(500, "the local server failed unexpectedly; see its log")
                    .toJson().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("content-type", Problem.MEDIA_TYPE);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException | RuntimeException ignored) {
            // the response had started already
        }
    }

    /** The event API Gateway (HTTP API, payload 2.0, the $default route and stage) would send. */
    static APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, long maxBodyBytes) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();

        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                for (String v : values) for (String c : v.split(";")) if (!c.isBlank()) cookies.add(c.strip());
            } else {
                headers.put(lower, String.join(",", values));
            }
        });

        byte[] body = readAtMost(exchange.getRequestBody(), maxBodyBytes + 1);
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String sourceIp = exchange.getRemoteAddress() != null && exchange.getRemoteAddress().getAddress() != null
                ? exchange.getRemoteAddress().getAddress().getHostAddress() : "127.0.0.1";
        ZonedDateTime now = ZonedDateTime.now(java.time.ZoneOffset.UTC);

        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(query)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(queryParameters(query))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("local")
                        .withApiId("local")
                        .withDomainName(headers.getOrDefault("host", "localhost"))
                        .withDomainPrefix("local")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(sourceIp)
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toInstant().toEpochMilli())
                        .build())
                // Bytes stay bytes: base64, as API Gateway sends a body it does not pass as text.
                .withBody(body.length == 0 ? null : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0)
                .build();
    }

    /** Decoded query parameters; a repeated name has its values joined with commas, as API Gateway does. */
    static Map<String, String> queryParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return null;
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params.isEmpty() ? null : params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray '%': keep the text as sent
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private static void send(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        }
        String body = response.getBody();
        byte[] bytes = body == null ? new byte[0] : response.getIsBase64Encoded()
                ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 || head ? -1 : bytes.length);
        if (bytes.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
