package io.greenlane.eligibility.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature of the executable specification. The tag filter is not set here, where it would override
 * the command line, but in {@code junit-platform.properties}: by default scenarios tagged
 * {@code @engine-disagrees} (the contract says one thing, the shipped rules another; each is written down for
 * the lead engineer) are left out, and {@code -Dcucumber.filter.tags=…}, {@code -Dcucumber.filter.name=…} and
 * {@code -Dcucumber.features=…} narrow the run (see docs/qa.md).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("io.greenlane.eligibility.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.greenlane.eligibility.features")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class RunCucumberTest {
}
