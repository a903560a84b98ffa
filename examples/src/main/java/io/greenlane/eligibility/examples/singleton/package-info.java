/** One engine for the whole application, built at start-up and shared by request threads: the singleton-bean wiring in plain Java. */
package io.greenlane.eligibility.examples.singleton;
