/** The Drools engine: rule-set loading and compiling, reading packs into facts, deciding. Not API. */
package io.greenlane.eligibility.engine;
