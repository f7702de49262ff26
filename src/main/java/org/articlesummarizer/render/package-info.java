/** Rendering: the JSON contract and Markdown for people. */
package org.articlesummarizer.render;
