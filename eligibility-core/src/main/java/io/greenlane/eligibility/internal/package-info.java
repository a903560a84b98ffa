/** Internal: the Drools engine, rule-set loading and the pack, registry and decision formats. Not API. */
package io.greenlane.eligibility.internal;
