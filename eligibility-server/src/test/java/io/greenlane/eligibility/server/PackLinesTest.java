package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Batch lines: numbered from 1, bounded in length, read from bodies however they are cut into reads. */
class PackLinesTest {

    private static PackLines lines(String text, long limit) {
        return new PackLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
    }

    private static String text(PackLines.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void linesAndBlankLines_numberedFromOne_lastLineWithoutNewlineKept() throws IOException {
        PackLines lines = lines("{\"a\":1}\n\n  \r\n{\"b\":2}", 100);
        assertEquals("{\"a\":1}", text(lines.next()));
        assertTrue(lines.next().blank());
        PackLines.Line spaces = lines.next();
        assertTrue(spaces.blank());
        assertEquals(3, spaces.number());
        PackLines.Line last = lines.next();
        assertEquals("{\"b\":2}", text(last));
        assertEquals(4, last.number());
        assertNull(lines.next());
        assertNull(lines.next());
    }

    @Test
    void lineOverTheLimit_reportedTooLong_andTheNextLineReadWhole() throws IOException {
        String longLine = "x".repeat(50_000);
        PackLines lines = lines(longLine + "\n{\"after\":true}\n", 10_000);
        PackLines.Line first = lines.next();
        assertTrue(first.tooLong());
        assertEquals(1, first.number());
        assertEquals("{\"after\":true}", text(lines.next()));
        assertNull(lines.next());
    }

    @Test
    void lineExactlyAtTheLimit_kept() throws IOException {
        PackLines lines = lines("y".repeat(10) + "\n", 10);
        assertEquals("y".repeat(10), text(lines.next()));
    }

    @Test
    void bodyArrivingOneByteAtATime_sameLines() throws IOException {
        byte[] body = "{\"a\":1}\n{\"b\":2}\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(1, len));
            }
        };
        PackLines lines = new PackLines(trickle, 100);
        assertEquals("{\"a\":1}", text(lines.next()));
        assertEquals("{\"b\":2}", text(lines.next()));
        assertNull(lines.next());
    }

    @Test
    void bodyTooSlow_theDeadlineStopsIt() {
        InputStream stalled = new InputStream() {
            @Override
            public int read() {
                sleep();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                sleep();
                b[off] = 'x';
                return 1;
            }

            private void sleep() {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        LimitedBody body = new LimitedBody(stalled, 50);
        PackLines lines = new PackLines(body, 1_000_000);
        LimitedBody.TooSlow e = assertThrows(LimitedBody.TooSlow.class, lines::next);
        assertTrue(e.getMessage().startsWith("the request body did not arrive within"), e.getMessage());
        assertTrue(body.count() > 0);
    }
}
