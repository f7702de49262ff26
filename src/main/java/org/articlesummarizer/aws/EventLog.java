package org.articlesummarizer.aws;

/**
 * Where the handlers write what they did. One line per event, never the article text: logs are
 * kept for long and read by people who should not see the articles.
 */
public interface EventLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** Writes to standard error; for the CLI and tests. */
    EventLog STDERR = new EventLog() {
        @Override
        public void info(String message) { System.err.println("INFO  " + message); }

        @Override
        public void warn(String message) { System.err.println("WARN  " + message); }

        @Override
        public void error(String message) { System.err.println("ERROR " + message); }
    };
}
