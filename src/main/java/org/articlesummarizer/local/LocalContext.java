package org.articlesummarizer.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/** The invocation context a handler gets when run on a laptop: a request id, a name, and a logger to standard error. */
final class LocalContext implements Context {

    private final String functionName;
    private final String requestId = UUID.randomUUID().toString();
    private final long deadline;
    private final LambdaLogger logger;

    LocalContext(String functionName, int timeoutSeconds, PrintStream log) {
        this.functionName = functionName;
        this.deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) { log.println(message); }

            @Override
            public void log(byte[] message) { log.println(new String(message, StandardCharsets.UTF_8)); }

            @Override
            public void log(String message, LogLevel level) { log.println(level + " " + message); }
        };
    }

    @Override
    public String getAwsRequestId() { return requestId; }

    @Override
    public String getLogGroupName() { return "/aws/lambda/" + functionName; }

    @Override
    public String getLogStreamName() { return "local"; }

    @Override
    public String getFunctionName() { return functionName; }

    @Override
    public String getFunctionVersion() { return "$LATEST"; }

    @Override
    public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:" + functionName; }

    @Override
    public CognitoIdentity getIdentity() { return null; }

    @Override
    public ClientContext getClientContext() { return null; }

    @Override
    public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }

    @Override
    public int getMemoryLimitInMB() { return 1024; }

    @Override
    public LambdaLogger getLogger() { return logger; }
}
