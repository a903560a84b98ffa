/**
 * Green-lane eligibility: the public API ({@code io.greenlane.eligibility.api}) and the facts rule authors code
 * against ({@code io.greenlane.eligibility.facts}). The engine is reached only through {@link
 * io.greenlane.eligibility.api.EngineProvider}.
 */
module io.greenlane.eligibility {
    exports io.greenlane.eligibility.api;
    exports io.greenlane.eligibility.facts;

    uses io.greenlane.eligibility.api.EngineProvider;
    provides io.greenlane.eligibility.api.EngineProvider with io.greenlane.eligibility.engine.DroolsEngineProvider;

    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
}
