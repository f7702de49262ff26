/** The domain of the pipeline: immutable records that every stage passes along. No I/O, no AWS. */
package org.articlesummarizer.article;
