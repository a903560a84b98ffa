package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Batch lines ({@link JsonLines}): numbered from 1, bounded in length, read from bodies however they are cut into reads. */
class BatchLinesTest {

    private static JsonLines lines(String text, long limit) {
        return new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
    }

    private static String text(JsonLines.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void linesAndBlankLines_numberedFromOne_lastLineWithoutNewlineKept() throws IOException {
        JsonLines lines = lines("{\"a\":1}\n\n  \r\n{\"b\":2}", 100);
        assertEquals("{\"a\":1}", text(lines.next()));
        assertTrue(lines.next().isBlank());
        JsonLines.Line spaces = lines.next();
        assertTrue(spaces.isBlank());
        assertEquals(3, spaces.number());
        JsonLines.Line last = lines.next();
        assertEquals("{\"b\":2}", text(last));
        assertEquals(4, last.number());
        assertNull(lines.next());
        assertNull(lines.next());
    }

    @Test
    void lineOverTheLimit_reportedTooLong_andTheNextLineReadWhole() throws IOException {
        String longLine = "x".repeat(50_000);
        JsonLines lines = lines(longLine + "\n{\"after\":true}\n", 10_000);
        JsonLines.Line first = lines.next();
        assertTrue(first.overLimit());
        assertEquals(1, first.number());
        assertEquals("{\"after\":true}", text(lines.next()));
        assertNull(lines.next());
    }

    @Test
    void lineExactlyAtTheLimit_kept() throws IOException {
        JsonLines lines = lines("y".repeat(10) + "\n", 10);
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
        JsonLines lines = new JsonLines(trickle, 100);
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
        JsonLines lines = new JsonLines(body, 1_000_000);
        LimitedBody.TooSlow e = assertThrows(LimitedBody.TooSlow.class, lines::next);
        assertTrue(e.getMessage().startsWith("the request body did not arrive within"), e.getMessage());
        assertTrue(body.count() > 0);
    }
}
