package io.greenlane.eligibility.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON lines read one at a time from a request body, each at most {@code limit} bytes: a longer line is
 * skipped to its end and reported as too long, so a batch never holds more than one pack in memory.
 */
final class PackLines {

    /** One line: its 1-based number, and its bytes, or null when it was over the limit. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }

        boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int end;
    private int number;
    private boolean finished;

    PackLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the body. */
    Line next() throws IOException {
        if (finished) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer, 0, buffer.length);
                position = 0;
                if (end <= 0) {
                    end = 0;
                    finished = true;
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            int newline = -1;
            for (int i = position; i < end; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int stop = newline < 0 ? end : newline;
            int chunk = stop - position;
            length += chunk;
            if (length > limit) {
                tooLong = true;
                line.reset();
            } else if (!tooLong) {
                line.write(buffer, position, chunk);
            }
            position = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        return new Line(number, tooLong ? null : line.toByteArray());
    }

    /** Whether more of the body can be read without waiting for the client. */
    boolean ready() throws IOException {
        return position < end || in.available() > 0;
    }
}
