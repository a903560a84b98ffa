/**
 * The exporter's report inventory: for every SKU, whether the test reports on file would make a declaration
 * green-lane ready on a date, which reports expire soon, and what to ask the labs for. Built on the public API
 * only; every readiness answer is a decision of the same engine and rule set as {@code check}.
 */
package io.greenlane.eligibility.examples.inventory;
