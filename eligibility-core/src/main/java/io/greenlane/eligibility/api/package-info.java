/**
 * The public API of green-lane eligibility: what an embedding application uses to decide whether a
 * declaration qualifies for the Ningbo-Zhoushan Port STEM &amp; educational toys green customs clearance
 * channel, and to read why. The policy comes from Ningbo-Zhoushan Port Group's announcement of 4 May 2026, as an
 * industry analysis reports it (the repository keeps that text in {@code docs/source/green-lane-announcement.txt});
 * the formats and findings are described in {@code docs/formats.md}.
 *
 * <p>Start from {@link io.greenlane.eligibility.api.EligibilityEngine#builder()}; read packs with
 * {@link io.greenlane.eligibility.api.Declaration#read(java.nio.file.Path)} and lab registries with
 * {@link io.greenlane.eligibility.api.LabRegistry#read(java.nio.file.Path)}. The fact records of
 * {@code io.greenlane.eligibility.facts} are the contract of rule authors (what DRL matches on), not of embedding
 * applications; every other package is internal.
 */
package io.greenlane.eligibility.api;
