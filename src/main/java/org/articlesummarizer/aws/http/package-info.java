/**
 * The HTTP side of the API handler, free of Lambda types: media types and content negotiation,
 * RFC 9457 problem details, and reading a summary request from a body and its parameters.
 */
package org.articlesummarizer.aws.http;
