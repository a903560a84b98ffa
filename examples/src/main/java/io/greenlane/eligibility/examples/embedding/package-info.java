/** What a Java developer writes to embed green-lane eligibility, using the public API only. */
package io.greenlane.eligibility.examples.embedding;
