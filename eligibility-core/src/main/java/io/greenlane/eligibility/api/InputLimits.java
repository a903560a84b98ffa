package io.greenlane.eligibility.api;

/**
 * The limits on untrusted input (packs, report files, lab registries, JSON lines): anything past them is an
 * input error, never a decision. Every way in counts bytes as it reads, so a device, a pipe or a stream
 * that never ends is cut off at the limit.
 */
public final class InputLimits {
    /** Largest declaration pack read, in bytes (16 MiB). */
    public static final long MAX_PACK_BYTES = 16L * 1024 * 1024;
    /** Most product lines in one declaration. */
    public static final int MAX_LINES = 10_000;
    /** Most reports in one declaration. */
    public static final int MAX_REPORTS = 10_000;
    /**
     * Most report references over all lines of a declaration; bounds the work a pack can ask for, which
     * grows with lines times the reports each references.
     */
    public static final int MAX_REFERENCES = 20_000;
    /** Longest chain of addenda (an addendum to an addendum to … a report). */
    public static final int MAX_ADDENDUM_CHAIN = 10;
    /** Most addenda amending one report. */
    public static final int MAX_ADDENDA_PER_REPORT = 20;
    /** Earliest and latest year a date may name; anything else is a typing error, not a date to decide on. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;
    /** Most items in any other list (a line's report numbers, a report's SKUs). */
    public static final int MAX_LIST_ITEMS = 10_000;
    /** Longest JSON-lines line (one pack), in bytes: the same as a pack file. */
    public static final long MAX_LINE_BYTES = MAX_PACK_BYTES;
    /** Longest string value, in characters. */
    public static final int MAX_STRING_CHARS = 4_096;
    /** Deepest JSON nesting accepted (a pack needs 4). */
    public static final int MAX_JSON_DEPTH = 16;
    /** Largest lab registry read, in bytes (16 MiB). */
    public static final long MAX_REGISTRY_BYTES = 16L * 1024 * 1024;

    private InputLimits() {
    }
}
