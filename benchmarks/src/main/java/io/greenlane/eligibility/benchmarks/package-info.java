/** JMH benchmarks of the engine (and the plain-Java reference oracle), and a pack generator for batch runs. */
package io.greenlane.eligibility.benchmarks;
