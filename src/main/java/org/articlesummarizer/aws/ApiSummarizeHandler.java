package org.articlesummarizer.aws;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.Version;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.aws.http.Problem;
import org.articlesummarizer.aws.http.ProblemException;
import org.articlesummarizer.aws.http.ResponseFormat;
import org.articlesummarizer.aws.http.SummaryRequest;
import org.articlesummarizer.render.JsonRenderer;
import org.articlesummarizer.render.MarkdownRenderer;
import org.articlesummarizer.render.SummaryInfo;

/**
 * Lambda entry point for the HTTP API (API Gateway payload 2.0): {@code POST /summaries} answers
 * with the summary of the article in the body, {@code GET /health} says the function is up.
 * The local {@code serve} command calls this same handler. Every failure is an RFC 9457 problem
 * response: 4xx for what the client sent, 500 (logged with its stack trace, which never reaches
 * the client) only for a bug.
 */
public final class ApiSummarizeHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final String SUMMARIES = "/summaries";
    static final String HEALTH = "/health";

    private final ApiConfig config;
    private final SummaryPipeline pipeline;
    private final EventLog fallbackLog;

    /** Used by the Lambda runtime: configuration from the environment. */
    public ApiSummarizeHandler() {
        this(ApiConfig.fromEnvironment(), EventLog.STDERR);
    }

    /** @param log where to write when there is no Lambda context (the local server, tests) */
    public ApiSummarizeHandler(ApiConfig config, EventLog log) {
        this.config = config;
        this.pipeline = new SummaryPipeline(config.sentences(), config.maxRequestBytes());
        this.fallbackLog = log;
        Warmup.run(pipeline);
    }

    public ApiConfig config() {
        return config;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        EventLog log = context != null && context.getLogger() != null
                ? new LambdaEventLog(context.getLogger()) : fallbackLog;
        APIGatewayV2HTTPEvent e = event != null ? event : new APIGatewayV2HTTPEvent();
        String method = method(e);
        String path = path(e);
        String requestId = e.getRequestContext() != null ? e.getRequestContext().getRequestId() : null;
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        String outcome;
        try {
            response = route(method, path, e);
            outcome = "ok";
        } catch (ProblemException p) {
            Problem problem = p.problem().with("requestId", requestId);
            response = problem(problem, p.headers());
            outcome = problem.extensions().getOrDefault("code", problem.title());
        } catch (RuntimeException | StackOverflowError bug) {
            StringWriter trace = new StringWriter();
            bug.printStackTrace(new PrintWriter(trace));
            log.error(method + " " + path + " failed (request " + requestId + "): " + trace);
            Problem problem = Problem.http(500, "the summariser failed unexpectedly; this is a bug, not your request"
                    + (requestId != null ? "; quote request id " + requestId : ""));
            response = problem(problem.with("requestId", requestId), Map.of());
            outcome = "bug";
        }
        // what happened, never what the article says
        log.info(method + " " + path + " " + response.getStatusCode() + " " + outcome + " ("
                + (e.getBody() == null ? 0 : e.getBody().length()) + " body chars, "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        return response;
    }

    private APIGatewayV2HTTPResponse route(String method, String path, APIGatewayV2HTTPEvent e) {
        switch (path) {
            case SUMMARIES:
                if (!method.equals("POST")) throw notAllowed(method, path, "POST");
                return summarize(e);
            case HEALTH:
                if (!method.equals("GET")) throw notAllowed(method, path, "GET");
                return respond(200, "application/json; charset=utf-8", Json.object()
                        .add("status", "ok").add("name", SummaryInfo.NAME).add("version", Version.get())
                        .toString(WriterConfig.PRETTY_PRINT), null);
            default:
                String shown = path.length() > 100 ? path.substring(0, 100) + "..." : path;
                throw new ProblemException(Problem.http(404, "there is no " + shown + "; the API has POST "
                        + SUMMARIES + " and GET " + HEALTH));
        }
    }

    private APIGatewayV2HTTPResponse summarize(APIGatewayV2HTTPEvent e) {
        SummaryRequest request = SummaryRequest.read(e.getHeaders(), e.getQueryStringParameters(), e.getBody(),
                e.getIsBase64Encoded(), config.maxRequestBytes(), config.sentences());
        Summary summary;
        try {
            summary = pipeline.summarize(request.document(), request.budget());
        } catch (RejectedInputException rejected) {
            throw new ProblemException(Problem.rejected(rejected));
        }
        String body = request.format() == ResponseFormat.MARKDOWN
                ? MarkdownRenderer.render(summary, null)
                : JsonRenderer.render(summary, null);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("vary", "accept");
        return respond(200, request.format().contentType(), body, headers);
    }

    private static ProblemException notAllowed(String method, String path, String allow) {
        return new ProblemException(Problem.http(405, (method.isEmpty() ? "no method" : method)
                + " is not allowed on " + path + "; use " + allow), Map.of("allow", allow));
    }

    private static APIGatewayV2HTTPResponse problem(Problem problem, Map<String, String> headers) {
        return respond(problem.status(), Problem.MEDIA_TYPE, problem.toJson(), headers);
    }

    private static APIGatewayV2HTTPResponse respond(int status, String contentType, String body,
                                                    Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("cache-control", "no-store");
        headers.put("x-content-type-options", "nosniff");
        if (extra != null) headers.putAll(extra);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status).withHeaders(headers).withBody(body).withIsBase64Encoded(false).build();
    }

    private static String method(APIGatewayV2HTTPEvent e) {
        String m = e.getRequestContext() != null && e.getRequestContext().getHttp() != null
                ? e.getRequestContext().getHttp().getMethod() : null;
        if (m == null && e.getRouteKey() != null && e.getRouteKey().contains(" ")) {
            m = e.getRouteKey().substring(0, e.getRouteKey().indexOf(' '));
        }
        return m == null ? "" : m.toUpperCase(Locale.ROOT);
    }

    /** The path without the stage prefix that API Gateway keeps in rawPath for a named stage. */
    private static String path(APIGatewayV2HTTPEvent e) {
        String p = e.getRawPath();
        if (p == null && e.getRequestContext() != null && e.getRequestContext().getHttp() != null) {
            p = e.getRequestContext().getHttp().getPath();
        }
        if (p == null || p.isEmpty()) return "/";
        String stage = e.getRequestContext() != null ? e.getRequestContext().getStage() : null;
        if (stage != null && !stage.isEmpty() && !stage.equals("$default") && p.startsWith("/" + stage + "/")) {
            p = p.substring(stage.length() + 1);
        }
        return p;
    }
}
