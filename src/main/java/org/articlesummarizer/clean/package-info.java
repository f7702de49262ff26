/** Cleaning: format detection, charset decoding, main-content extraction, boilerplate removal, metadata. */
package org.articlesummarizer.clean;
