/** The exporters' report inventory: which SKUs the reports on file make green-lane ready, and what to do; knows nothing of the command line. */
package io.greenlane.eligibility.inventory;
