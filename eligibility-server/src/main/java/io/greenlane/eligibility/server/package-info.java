/**
 * The decision service: the engine over HTTP (Javalin on Jetty), with a decision log, Prometheus metrics, hot
 * reload of rule sets and the exporter's self-check page. Built on the library's public API only.
 */
package io.greenlane.eligibility.server;
