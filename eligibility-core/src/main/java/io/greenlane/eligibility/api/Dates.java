package io.greenlane.eligibility.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
            date = LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(location, label + "\"" + text
                    + "\" is not a date; expected an ISO-8601 date such as " + example);
        }
        if (date.getYear() < InputLimits.MIN_YEAR || date.getYear() > InputLimits.MAX_YEAR) {
            throw new InvalidInputException(location, label + "\"" + text + "\" is outside the years "
                    + InputLimits.MIN_YEAR + " to " + InputLimits.MAX_YEAR + "; check the date");
        }
        return date;
    }
}
