package io.greenlane.eligibility.features;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a step takes after its phrase: a table (and so which columns), or a block of text. Every step that
 * takes either says so here; the step glossary ({@code docs/qa-steps.md}) is generated from it, and
 * {@code StepGlossaryTest} fails when a table or text step lacks it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Accepts {
    /** The table the step takes, or {@link Table#NONE}. */
    Table value() default Table.NONE;

    /** The block of text (a Gherkin doc string) the step takes, in words; empty when it takes none. */
    String text() default "";
}
