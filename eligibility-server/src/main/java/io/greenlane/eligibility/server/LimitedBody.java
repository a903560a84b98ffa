package io.greenlane.eligibility.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that counts what was read (so that a body over the pack limit can be told from a broken one)
 * and must arrive within a time limit: a client that sends one byte at a time cannot hold a place for long.
 */
final class LimitedBody extends FilterInputStream {

    /** The body did not arrive in time. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow(long millis) {
            super("the request body did not arrive within " + millis / 1000 + " s", null);
        }
    }

    private final long windowMillis;
    private long count;
    private long deadline;

    LimitedBody(InputStream in, long windowMillis) {
        super(in);
        this.windowMillis = windowMillis;
        restartDeadline();
    }

    /** Starts a new time window (for the next line of a batch). */
    void restartDeadline() {
        deadline = System.nanoTime() + windowMillis * 1_000_000;
    }

    long count() {
        return count;
    }

    private void checkTime() throws TooSlow {
        if (System.nanoTime() - deadline > 0) {
            throw new TooSlow(windowMillis);
        }
    }

    @Override
    public int read() throws IOException {
        checkTime();
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkTime();
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkTime();
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }
}
