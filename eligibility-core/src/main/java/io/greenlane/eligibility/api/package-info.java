/**
 * The public API of green-lane eligibility: what an embedding application uses to decide whether a
 * declaration qualifies for the Ningbo-Zhoushan Port STEM &amp; educational toys green customs clearance
 * channel, and to read why.
 *
 * <p>Start from {@link io.greenlane.eligibility.api.EligibilityEngine#builder()}; read packs with
 * {@link io.greenlane.eligibility.api.Declaration#read(java.nio.file.Path)} and lab registries with
 * {@link io.greenlane.eligibility.api.LabRegistry#read(java.nio.file.Path)}. Every other package is internal.
 */
package io.greenlane.eligibility.api;
