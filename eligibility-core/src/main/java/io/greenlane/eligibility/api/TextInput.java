package io.greenlane.eligibility.api;

import java.nio.file.Path;

/**
 * Reads an application's own text file the way the library reads packs and registries: through a byte limit
 * (a device or FIFO stops at it, whatever its reported size), as strict UTF-8 with a leading byte-order mark
 * dropped, with the same messages. For inputs that sit beside packs, such as an exporter's SKU list.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The file's text.
     *
     * @param what the content in words for messages, e.g. {@code "the SKU list"}
     * @throws InvalidInputException naming the file when it is missing, unreadable, a folder or over
     *                               {@code limit} bytes, and the line and column of the first byte that is not
     *                               UTF-8
     */
    public static String read(Path file, long limit, String what) {
        return Utf8Input.decodeFile(Utf8Input.read(file, limit, what, file.toString()), what, file.toString());
    }
}
