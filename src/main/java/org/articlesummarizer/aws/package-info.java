/** The AWS adapters: Lambda handlers, the S3 object store, and the S3 behaviour users rely on. */
package org.articlesummarizer.aws;
