package io.greenlane.eligibility.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into JSON lines on bytes (LF; a CR before it is JSON whitespace), never holding more than
 * {@code limit} bytes of one line: a longer line is reported as such and skipped to its end, so an endless stream
 * without a newline ({@code /dev/zero}) costs a bounded buffer, never the heap. Each line's bytes go to
 * {@link Declaration#read(InputStream)} as a file's would. The command line's batches and the decision service's
 * batch endpoint both read through here.
 */
public final class JsonLines {

    /**
     * A line.
     *
     * @param number its number, from 1
     * @param bytes its bytes without the newline, or null when it was longer than the limit
     */
    public record Line(long number, byte[] bytes) {
        /** Whether the line was longer than the limit (its bytes were dropped). */
        public boolean overLimit() {
            return bytes == null;
        }

        /** Whether the line holds nothing but JSON whitespace (a line over the limit does not). */
        public boolean isBlank() {
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
    private final byte[] chunk = new byte[1 << 16];
    private int chunkStart;
    private int chunkEnd;
    private byte[] line = new byte[1 << 13];
    private int lineLength;
    private long number;
    private boolean ended;

    /** Lines of {@code in}, each at most {@code limit} bytes. */
    public JsonLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream; a last line without a newline counts. */
    public Line next() throws IOException {
        if (ended) {
            return null;
        }
        lineLength = 0;
        boolean over = false;
        boolean any = false;
        while (true) {
            if (chunkStart == chunkEnd) {
                int read = in.read(chunk);
                if (read < 0) {
                    ended = true;
                    if (!any) {
                        return null;
                    }
                    number++;
                    return new Line(number, over ? null : Arrays.copyOf(line, lineLength));
                }
                chunkStart = 0;
                chunkEnd = read;
            }
            any = true;
            int newline = -1;
            for (int i = chunkStart; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkEnd : newline;
            if (!over) {
                over = !append(chunkStart, end);
            }
            chunkStart = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                number++;
                return new Line(number, over ? null : Arrays.copyOf(line, lineLength));
            }
        }
    }

    /** Whether more of the stream can be read without waiting (bytes already read, or available). */
    public boolean ready() throws IOException {
        return chunkStart < chunkEnd || in.available() > 0;
    }

    /** Adds chunk bytes to the line; false once the line would pass the limit (it is then dropped). */
    private boolean append(int from, int to) {
        int count = to - from;
        if ((long) lineLength + count > limit) {
            lineLength = 0;
            if (line.length > 1 << 20) {
                line = new byte[1 << 13];
            }
            return false;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(limit, Math.max((long) line.length * 2, lineLength + count)));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
        return true;
    }
}
