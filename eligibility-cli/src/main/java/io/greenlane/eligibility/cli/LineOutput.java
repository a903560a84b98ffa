package io.greenlane.eligibility.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Standard output passed on in whole lines: text goes to the file descriptor only up to its last complete line,
 * each batch of lines in one write call, so that a reader of the pipe or file never gets half a line from a
 * write that completed, and a run stopped by a signal leaves whole lines behind. When stdout is a file and a
 * write fails part-way (a full disk), the file is cut back to its last whole line.
 *
 * <p>A failed write is remembered: every later write and flush fails the same way, and {@link #problem()} says
 * why in a few words, for the one line the run ends with.
 */
final class LineOutput extends Writer {
    /** Complete lines are held back until this many characters are waiting (or until a flush). */
    private static final int HOLD = 1 << 16;

    private final FileOutputStream out;
    private final FileChannel channel;
    private final boolean seekable;
    private final StringBuilder pending = new StringBuilder();
    private final ReentrantLock lock = new ReentrantLock();
    private IOException failure;

    LineOutput(FileOutputStream out) {
        this.out = out;
        this.channel = out.getChannel();
        boolean canSeek;
        try {
            channel.position();
            canSeek = true;
        } catch (IOException | RuntimeException e) {
            canSeek = false;
        }
        this.seekable = canSeek;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        lock.lock();
        try {
            failIfFailed();
            pending.append(text, offset, length);
            if (pending.length() >= HOLD) {
                writeLines(false);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes every complete line held back; an unfinished last line waits for its end (or for {@link #close}). */
    @Override
    public void flush() throws IOException {
        lock.lock();
        try {
            failIfFailed();
            writeLines(false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes the complete lines held back if the output is free within {@code millis}: for a run stopped by a
     * signal while another thread may be blocked writing to a pipe nobody reads.
     *
     * @return whether the lines were written
     */
    boolean flushWithin(long millis) {
        try {
            if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (failure == null) {
                writeLines(false);
            }
            return failure == null;
        } catch (IOException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Writes everything held back, an unfinished last line too; the descriptor stays open. */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            failIfFailed();
            writeLines(true);
        } finally {
            lock.unlock();
        }
    }

    /** Why writing failed, in a few words ("standard output is closed (broken pipe)"), or null while it has not. */
    String problem() {
        lock.lock();
        try {
            return failure == null ? null : describe(failure);
        } finally {
            lock.unlock();
        }
    }

    static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Broken pipe")) {
            return "standard output is closed (broken pipe)";
        }
        if (message.contains("No space left")) {
            return "no space left on device";
        }
        if (message.contains("Disk quota")) {
            return "disk quota exceeded";
        }
        return message;
    }

    private void writeLines(boolean all) throws IOException {
        int end = all ? pending.length() : pending.lastIndexOf("\n") + 1;
        if (end == 0) {
            return;
        }
        byte[] bytes = pending.substring(0, end).getBytes(StandardCharsets.UTF_8);
        long before = -1;
        try {
            before = seekable ? channel.position() : -1;
            out.write(bytes);
            pending.delete(0, end);
        } catch (IOException e) {
            failure = e;
            cutBackTo(before);
            throw e;
        }
    }

    /** A file that took part of a failed write is cut back to where it was, its last whole line. */
    private void cutBackTo(long position) {
        if (position < 0) {
            return;
        }
        try {
            if (channel.size() > position) {
                channel.truncate(position);
            }
        } catch (IOException | RuntimeException e) {
            // The write's own failure is what the run reports.
        }
    }

    private void failIfFailed() throws IOException {
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
    }
}
