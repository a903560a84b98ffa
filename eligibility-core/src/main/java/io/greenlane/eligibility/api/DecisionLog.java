package io.greenlane.eligibility.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An append-only log of decisions: one JSON line per decision, naming the pack by the SHA-256 of its canonical
 * JSON ({@link #canonicalJson}) and the rule set by id and digest, so that any decision can be traced to
 * exactly the input and the rules that made it, and re-decided later ({@link #read(Path)}).
 *
 * <p>A line looks like this (wrapped here; one line in the file):
 * <pre>{@code
 * {"time":"2026-06-15T08:30:00.123Z","decisionId":"4b0f…","declarationId":"DEC-2026-000123",
 *  "packDigest":"sha256:9c1e…","ruleSet":{"id":"2026-05-04","digest":"sha256:3f1c…"},"pinned":false,
 *  "outcome":"GREEN_LANE","findings":["REPORT_IGNORED"],"pack":{…}}
 * }</pre>
 * {@code pack} is there only when the log was opened with {@link Option#WITH_PACKS}.
 *
 * <p><b>Crash safety.</b> The file is opened for append and every line goes to the operating system in one
 * write, with no buffer in this process: when {@link #append} returns, the line survives a crash of the
 * process (a {@code kill -9}) and no crash leaves half a line. A write that fails throws, and the bytes it may
 * have written are cut off again, so the file holds only whole lines. Surviving a power loss as well needs
 * {@link Option#SYNC}, which waits for the disk on every line. One process writes to a file at a time (the
 * file is locked while open); threads of that process may share one log.
 *
 * <p><b>Privacy.</b> Without {@link Option#WITH_PACKS} a line holds the declaration id, a digest of the pack,
 * the outcome and finding codes: enough to prove which rules decided which input, not the input itself (a
 * digest still confirms a guessed pack). With it, every line carries the whole pack: the exporter's SKUs,
 * product descriptions, HS codes, laboratories and report numbers, which is commercial data of the exporter,
 * and the file grows by the size of every pack decided. Keep such a log only as long as a replay or an audit
 * needs it, readable only by those who may see the packs.
 *
 * <p>This file is over 300 lines because it is the whole of one format: the writer, with what makes a line
 * survive a crash, and the reader that checks every line it gives back.
 */
public final class DecisionLog implements Closeable {

    /** How a log is opened. */
    public enum Option {
        /** Write the whole canonical pack on every line, so that the log can be replayed (see the privacy note). */
        WITH_PACKS,
        /** Wait for the disk on every line (survives a power loss, at the cost of one disk write per decision). */
        SYNC
    }

    /**
     * One logged decision.
     *
     * @param time when it was logged
     * @param decisionId a unique id of this decision (a random UUID)
     * @param declarationId the declaration's id
     * @param packDigest {@code sha256:} and the hex SHA-256 of the canonical pack JSON ({@link #packDigest})
     * @param ruleSet the rule set that decided
     * @param pinned whether the rule set was pinned by the caller (a what-if)
     * @param outcome the outcome
     * @param findingCodes the codes of the findings, in the decision's order
     * @param pack the pack, or null when the log was written without packs
     */
    public record Entry(Instant time, String decisionId, String declarationId, String packDigest, RuleSetRef ruleSet,
                        boolean pinned, Outcome outcome, List<String> findingCodes, Declaration pack) {
        public Entry {
            Objects.requireNonNull(time, "time is required");
            Objects.requireNonNull(decisionId, "decisionId is required");
            Objects.requireNonNull(declarationId, "declarationId is required");
            Objects.requireNonNull(packDigest, "packDigest is required");
            Objects.requireNonNull(ruleSet, "ruleSet is required");
            Objects.requireNonNull(outcome, "outcome is required");
            findingCodes = List.copyOf(findingCodes);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            // a line may carry a whole pack, whose strings the pack reader bounds again
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build());
    private static final byte NEWLINE = '\n';

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean withPacks;
    private boolean broken;

    private DecisionLog(Path file, FileChannel channel, FileLock lock, boolean withPacks) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.withPacks = withPacks;
    }

    /**
     * Opens (or creates) a log file for appending.
     *
     * @throws IOException when the file cannot be opened, or another process has it open as a decision log
     */
    public static DecisionLog open(Path file, Option... options) throws IOException {
        Set<Option> chosen = Set.of(options);
        List<OpenOption> open = new ArrayList<>(List.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
        if (chosen.contains(Option.SYNC)) {
            open.add(StandardOpenOption.DSYNC);
        }
        FileChannel channel = FileChannel.open(file, new HashSet<>(open));
        FileLock lock = null;
        boolean lockable = true;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            // Some files (a pipe, a device) cannot be locked; each write to them is still one whole line.
            lockable = false;
        }
        if (lockable && lock == null) {
            channel.close();
            throw new IOException(file + ": already open as a decision log by another writer");
        }
        return new DecisionLog(file, channel, lock, chosen.contains(Option.WITH_PACKS));
    }

    /** The file this log appends to. */
    public Path file() {
        return file;
    }

    /** Whether lines carry the whole pack. */
    public boolean withPacks() {
        return withPacks;
    }

    /**
     * Appends one line for a decision; when this returns, the line is in the file.
     *
     * @return the entry as logged, with its time and decision id
     * @throws IOException when the line cannot be written (nothing of it is left in the file)
     */
    public Entry append(Declaration declaration, Decision decision) throws IOException {
        Objects.requireNonNull(declaration, "declaration is required");
        Objects.requireNonNull(decision, "decision is required");
        String pack = canonicalJson(declaration);
        Entry entry = new Entry(Instant.now(), UUID.randomUUID().toString(), decision.declarationId(),
                digestOf(pack), decision.ruleSet(), decision.pinned(), decision.outcome(),
                decision.findings().stream().map(Finding::code).toList(), withPacks ? declaration : null);
        write(line(entry, withPacks ? pack : null));
        return entry;
    }

    private synchronized void write(byte[] line) throws IOException {
        if (broken) {
            throw new IOException(file + ": the decision log is unusable after a write that could not be undone");
        }
        if (!channel.isOpen()) {
            throw new IOException(file + ": the decision log is closed");
        }
        long before = channel.size();
        ByteBuffer bytes = ByteBuffer.wrap(line);
        try {
            // One write for the whole line: with O_APPEND a crash leaves it whole or absent.
            channel.write(bytes);
            if (bytes.hasRemaining()) {
                throw new IOException(file + ": wrote " + bytes.position() + " of " + line.length + " bytes");
            }
        } catch (IOException e) {
            undo(before, e);
            throw e;
        }
    }

    // A failed write may have left part of a line: cut it off, or refuse every later write.
    private void undo(long size, IOException failure) {
        try {
            if (channel.size() > size) {
                channel.truncate(size);
            }
        } catch (IOException | UnsupportedOperationException e) {
            broken = true;
            failure.addSuppressed(e);
        }
    }

    /** Closes the file; later appends fail. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the declaration's canonical pack JSON ({@link #canonicalJson}): the
     * same in every process for the same declaration.
     */
    public static String packDigest(Declaration declaration) {
        return digestOf(canonicalJson(declaration));
    }

    /**
     * The pack JSON the digest is taken of: {@link Declaration#toJson()}, which is canonical (results in
     * {@link SubTest} order, per-SKU results by SKU), so the same declaration gives the same text in every process.
     */
    public static String canonicalJson(Declaration declaration) {
        return declaration.toJson();
    }

    private static String digestOf(String canonicalPack) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalPack.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] line(Entry entry, String pack) {
        StringWriter text = new StringWriter(256 + (pack == null ? 0 : pack.length()));
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("time", entry.time().toString());
            json.writeStringField("decisionId", entry.decisionId());
            json.writeStringField("declarationId", entry.declarationId());
            json.writeStringField("packDigest", entry.packDigest());
            json.writeObjectFieldStart("ruleSet");
            json.writeStringField("id", entry.ruleSet().id());
            json.writeStringField("digest", entry.ruleSet().digest());
            json.writeEndObject();
            json.writeBooleanField("pinned", entry.pinned());
            json.writeStringField("outcome", entry.outcome().name());
            json.writeArrayFieldStart("findings");
            for (String code : entry.findingCodes()) {
                json.writeString(code);
            }
            json.writeEndArray();
            if (pack != null) {
                json.writeFieldName("pack");
                json.writeRawValue(pack); // the canonical JSON itself, byte for byte what the digest covers
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a decision log line", e);
        }
        text.write(NEWLINE);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a log, one entry per line, lazily (close the stream). A line that is not a whole entry, or whose pack
     * does not match its digest, raises {@link InvalidInputException} naming the line; so does a last line
     * without its newline, which no writer of this class leaves.
     *
     * @throws IOException when the file cannot be opened
     */
    public static Stream<Entry> read(Path file) throws IOException {
        boolean endsWithNewline = endsWithNewline(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        Iterator<Entry> entries = new Iterator<>() {
            private int lineNo;
            private Entry next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Entry entry = next;
                next = null;
                return entry;
            }

            private Entry advance() {
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNo++;
                        if (!endsWithNewline && atEnd(reader)) {
                            throw new InvalidInputException("line " + lineNo,
                                    "incomplete line (no newline at the end): the log was cut while being written");
                        }
                        if (!line.isBlank()) {
                            return parse(line, "line " + lineNo);
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot read line " + (lineNo + 1) + ": " + e.getMessage(), e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == NEWLINE;
        }
    }

    private static boolean atEnd(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() == -1) {
            return true;
        }
        reader.reset();
        return false;
    }

    /**
     * Reads one line of a log.
     *
     * @param where where the line is, for messages (e.g. {@code line 12})
     * @throws InvalidInputException when the line is not a whole entry or its pack does not match its digest
     */
    public static Entry parse(String line, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(where, "not a JSON line: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(where, "not a JSON object");
        }
        try {
            JsonNode ruleSet = root.path("ruleSet");
            List<String> codes = new ArrayList<>();
            JsonNode findings = field(root, "findings", where);
            if (!findings.isArray()) {
                throw new InvalidInputException(where + " $.findings", "not an array");
            }
            findings.forEach(code -> codes.add(code.asText()));
            String packDigest = text(root, "packDigest", where);
            Declaration pack = null;
            JsonNode packNode = root.get("pack");
            if (packNode != null && !packNode.isNull()) {
                try {
                    pack = Declaration.fromJson(JSON.writeValueAsString(packNode));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(where + " $.pack", e.getMessage());
                }
                if (!packDigest(pack).equals(packDigest)) {
                    throw new InvalidInputException(where + " $.pack", "does not match packDigest " + packDigest);
                }
            }
            return new Entry(Instant.parse(text(root, "time", where)), text(root, "decisionId", where),
                    text(root, "declarationId", where), packDigest,
                    new RuleSetRef(text(ruleSet, "id", where + " $.ruleSet"), text(ruleSet, "digest", where + " $.ruleSet")),
                    root.path("pinned").asBoolean(false), outcome(text(root, "outcome", where), where), codes, pack);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(where + " $.time", "not an ISO-8601 instant");
        } catch (IOException e) {
            throw new InvalidInputException(where + " $.pack", "cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode field(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(where, "missing field " + name);
        }
        return value;
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode value = field(node, name, where);
        if (!value.isTextual()) {
            throw new InvalidInputException(where + " $." + name, "not a string");
        }
        return value.asText();
    }

    private static Outcome outcome(String name, String where) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + " $.outcome", "unknown outcome " + name);
        }
    }
}
