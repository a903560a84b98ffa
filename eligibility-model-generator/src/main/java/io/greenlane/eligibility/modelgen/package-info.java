/** Build-time compiler of the shipped rule sets into Drools' executable model. Not part of the library. */
package io.greenlane.eligibility.modelgen;
