package org.articlesummarizer.local;

/** The command line was wrong; the CLI prints the message and the command's help. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
