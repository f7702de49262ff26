package org.articlesummarizer.aws;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/** Writes through Lambda's logger, which emits JSON with a level when the function logs JSON. */
final class LambdaEventLog implements EventLog {

    private final LambdaLogger logger;

    LambdaEventLog(LambdaLogger logger) {
        this.logger = logger;
    }

    @Override
    public void info(String message) { logger.log(message, LogLevel.INFO); }

    @Override
    public void warn(String message) { logger.log(message, LogLevel.WARN); }

    @Override
    public void error(String message) { logger.log(message, LogLevel.ERROR); }
}
