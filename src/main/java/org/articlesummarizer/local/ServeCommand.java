package org.articlesummarizer.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

import org.articlesummarizer.aws.ApiConfig;
import org.articlesummarizer.aws.ApiSummarizeHandler;
import org.articlesummarizer.aws.EventLog;

/**
 * {@code serve [--port 3000] [--host 127.0.0.1]}: the HTTP API on this machine, answered by the
 * same handler as on AWS ({@link ApiSummarizeHandler}), until Ctrl-C.
 */
final class ServeCommand implements Command {

    static final int DEFAULT_PORT = 3000;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Override
    public String name() { return "serve"; }

    @Override
    public String summary() { return "serve the HTTP API (POST /summaries, GET /health) on localhost"; }

    @Override
    public String help() {
        return String.join("\n",
                "usage: serve [--port 3000] [--host 127.0.0.1] [--threads N]",
                "",
                "  --port      the port to listen on (0: any free port)",
                "  --host      the address to listen on; keep the loopback address unless you mean",
                "              to let other machines in: there is no authentication",
                "  --threads   requests handled at once (default: twice the processors, at least 4)",
                "",
                "The handler is the Lambda function's own, with its environment variables:",
                "  MAX_REQUEST_BYTES   the largest request body (default 4194304)",
                "  SUMMARY_SENTENCES   sentences when a request names none (default auto)",
                "",
                "  curl -X POST --data-binary @article.html -H 'Content-Type: text/html' \\",
                "       localhost:3000/summaries");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        options.allow("port", "host", "threads");
        if (!options.positionals().isEmpty()) throw new UsageException("serve takes no FILE");
        int port = (int) options.number("port", DEFAULT_PORT, 0, 65535);
        int threads = (int) options.number("threads", defaultThreads(), 1, 256);
        String host = options.get("host", DEFAULT_HOST);
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UsageException("--host: unknown host " + host);
        }
        ApiConfig config;
        try {
            config = ApiConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            return Cli.USAGE;
        }
        // A client that stops sending half-way must not hold a worker for ever (read once, by the first server).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "60");
        }
        LocalApiServer server;
        try {
            server = new LocalApiServer(new ApiSummarizeHandler(config, EventLog.STDERR),
                    new InetSocketAddress(address, port), threads, EventLog.STDERR);
        } catch (IOException e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return Cli.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-stop"));
        server.start();
        InetSocketAddress bound = server.address();
        if (!address.isLoopbackAddress()) {
            err.println("warning: " + host + " is not a loopback address: anyone who can reach this machine can "
                    + "use the server (there is no authentication)");
        }
        out.println("serving http://" + hostForUrl(bound) + ":" + bound.getPort() + " : POST /summaries, GET /health"
                + " (bodies up to " + config.maxRequestBytes() + " bytes, " + threads + " threads); Ctrl-C stops");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return Cli.OK;
    }

    static int defaultThreads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    private static String hostForUrl(InetSocketAddress bound) {
        String h = bound.getAddress().getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }
}
