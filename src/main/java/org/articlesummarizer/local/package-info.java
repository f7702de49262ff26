/** The command-line tool for laptops: summarize, and the local stand-ins for the AWS ways in. */
package org.articlesummarizer.local;
