package io.greenlane.eligibility.api;

import java.time.DateTimeException;
import java.time.LocalDate;

/** ISO-8601 dates as every input format reads them: the same bounds and words for packs, registries and callers. */
final class Dates {
    private Dates() {
    }

    /**
     * Reads a date.
     *
     * @param label what the date is, leading the message ({@code "valid_until "}), or empty
     * @param example a date of the right form for the message
     * @throws InvalidInputException at {@code location} when it is not a date or outside the years 1900-2999
     */
    static LocalDate parse(String text, String location, String label, String example) {
        String trimmed = text.trim();
        LocalDate date;
        try {
            date = isoDigits(trimmed) ? LocalDate.of(number(trimmed, 0, 4), number(trimmed, 5, 7),
                    number(trimmed, 8, 10)) : LocalDate.parse(trimmed);
        } catch (DateTimeException e) {
            throw new InvalidInputException(location, label + "\"" + text
                    + "\" is not a date; expected an ISO-8601 date such as " + example);
        }
        if (date.getYear() < InputLimits.MIN_YEAR || date.getYear() > InputLimits.MAX_YEAR) {
            throw new InvalidInputException(location, label + "\"" + text + "\" is outside the years "
                    + InputLimits.MIN_YEAR + " to " + InputLimits.MAX_YEAR + "; check the date");
        }
        return date;
    }

    /** {@code YYYY-MM-DD} in ASCII digits, the form nearly every date has: read without the general parser. */
    private static boolean isoDigits(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
