package io.greenlane.eligibility.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way untrusted bytes come in: read through a byte-counting limit (so {@code /dev/zero}, a FIFO or an
 * endless stream stops at the limit, whatever its reported size), then decoded as strict UTF-8 with an
 * optional byte-order mark dropped. Packs, report files, registries, JSON lines and (through {@link TextInput})
 * the CLI's SKU lists all read through here, so they accept and reject the same bytes with the same messages.
 */
final class Utf8Input {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Input() {
    }

    /**
     * A file's bytes, at most {@code limit}.
     *
     * @param what the content in words for messages ("the pack", "the registry")
     * @throws InvalidInputException located at the file when it cannot be read, or at {@code location} when it is
     *                               over the limit
     */
    static byte[] read(Path file, long limit, String what, String location) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file.toString(), "is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, limit, what, location);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file.toString(), "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A stream's bytes, at most {@code limit}; reading stops one byte past it. */
    static byte[] read(InputStream in, long limit, String what, String location) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw overLimit(limit, what, location);
        }
        return bytes;
    }

    static InvalidInputException overLimit(long limit, String what, String location) {
        return new InvalidInputException(location, what + " is over the limit of " + limit + " bytes"
                + (limit == 16L * 1024 * 1024 ? " (16 MiB)" : ""));
    }

    /** The bytes as text: strict UTF-8, a leading byte-order mark dropped. */
    static String decode(byte[] bytes, String what, String location) {
        int start = checkUtf8(bytes, what, location);
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** As {@link #decode}, a bad byte located at {@code file}, its line and its column. */
    static String decodeFile(byte[] bytes, String what, String file) {
        try {
            return decode(bytes, what, null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.location(), e.problem());
        }
    }

    /**
     * Checks that the bytes are strict UTF-8 without building the text.
     *
     * @param location where a problem is reported, or null for the line and column of the first bad byte
     *
     * @return where the text starts: after a byte-order mark, if there is one
     */
    static int checkUtf8(byte[] bytes, String what, String location) {
        int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
        // ASCII is UTF-8: only the bytes from the first other one on need decoding (most packs have none)
        int ascii = start;
        while (ascii < bytes.length && bytes[ascii] >= 0) {
            ascii++;
        }
        if (ascii == bytes.length) {
            return start;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, ascii, bytes.length - ascii);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, bytes.length - ascii + 1));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                throw new InvalidInputException(location == null ? lineAndColumn(bytes, start, offset) : location,
                        what + " is not UTF-8 text" + String.format(" (byte 0x%02X at offset %d)",
                                bytes[offset] & 0xff, offset));
            }
            if (result.isUnderflow()) {
                return start;
            }
            out.clear();
        }
    }

    /** "line N, column M" of a byte offset: lines end at LF, CR LF or CR; columns count characters (UTF-8 lead bytes). */
    private static String lineAndColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            boolean crAlone = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (bytes[i] == '\n' || crAlone) {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
