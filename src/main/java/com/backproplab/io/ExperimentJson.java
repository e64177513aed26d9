package com.backproplab.io;

import com.backproplab.data.AtomicWrite;
import com.backproplab.data.Excerpt;
import com.backproplab.data.InputFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads and writes experiment files (docs/experiment-format.md). Reading checks every key and reports the first
 * problem as one {@link ExperimentException}; writing is atomic and keeps every double exactly (shortest
 * round-trip decimal), so write then read gives bit-identical parameters.
 */
public final class ExperimentJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            // NaN and Infinity parse, so the checks can name the key that holds them.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Reports' rounded numbers as 0.050, never 5.0E-2.
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private ExperimentJson() {
    }

    /** The largest experiment file read (a saved run of the largest network is about 150 MB). */
    public static final long MAX_FILE_BYTES = 512L << 20;

    /** Reads an experiment file: a regular file of at most {@link #MAX_FILE_BYTES}, streamed into the tree. */
    public static Experiment read(Path file) throws ExperimentException {
        return new ExperimentReader(file.toString()).read(tree(file));
    }

    /** The JSON tree of an experiment file, checked for size and syntax (a lesson's reader reads it further). */
    static JsonNode tree(Path file) throws ExperimentException {
        try (InputStream in = InputFiles.open(file, MAX_FILE_BYTES)) {
            return tree(MAPPER.createParser(in), file.toString());
        } catch (IOException e) {
            throw new ExperimentException(file.toString(), null, InputFiles.reason(e));
        }
    }

    /** Parses experiment text; {@code sourceName} (e.g. the file name) starts every error message. */
    public static Experiment parse(String text, String sourceName) throws ExperimentException {
        return parse(text.getBytes(StandardCharsets.UTF_8), sourceName);
    }

    /** Parses experiment bytes (UTF-8, or UTF-16/32 with a byte-order mark). */
    public static Experiment parse(byte[] bytes, String sourceName) throws ExperimentException {
        return new ExperimentReader(sourceName).read(tree(bytes, sourceName));
    }

    /** The JSON tree of experiment bytes, checked for syntax. */
    static JsonNode tree(byte[] bytes, String sourceName) throws ExperimentException {
        try {
            return tree(MAPPER.createParser(bytes), sourceName);
        } catch (IOException e) {
            throw new ExperimentException(sourceName, null, "not valid JSON: " + Excerpt.of(firstLine(e.getMessage())));
        }
    }

    /** The JSON tree of text this class wrote (a lesson's writer compares the trees of its states). */
    static JsonNode tree(String written) {
        try {
            return MAPPER.readTree(written);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the writer's own text always parses", e);
        }
    }

    private static JsonNode tree(JsonParser parser, String sourceName) throws ExperimentException, IOException {
        JsonNode root;
        try (parser) {
            root = JsonTree.read(parser, sourceName);
        } catch (StreamConstraintsException e) {
            throw new ExperimentException(sourceName, null, line(parser.currentLocation()), "not valid JSON: "
                    + JsonLimits.describe(e.getMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String column = at == null || at.getColumnNr() <= 0 ? "" : " (column " + at.getColumnNr() + ")";
            throw new ExperimentException(sourceName, null, line(at), "not valid JSON: " + plain(
                    e.getOriginalMessage()) + column);
        } catch (CharConversionException | RuntimeException e) {
            // The parser reports broken encodings as CharConversionException and, rarely, as runtime exceptions.
            throw new ExperimentException(sourceName, null, line(parser.currentLocation()), "not valid JSON: "
                    + Excerpt.of(firstLine(e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new ExperimentException(sourceName, null, "the file is empty; an experiment is a JSON object");
        }
        return root;
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    /** The parser's message in the user's terms: no Java class names, no configuration switches. */
    private static String plain(String message) {
        String s = firstLine(message);
        if (s.startsWith("Trailing token")) {
            return "more text after the end of the experiment's { ... }";
        }
        return Excerpt.of(s.contains("com.fasterxml") || s.contains("Feature") ? s.replaceAll("\\(.*$", "").trim() : s);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Writes the experiment atomically, streamed to the file (no tree, no string of the whole file), so a run of
     * any network the format allows can be saved within the app's heap.
     */
    public static void write(Path file, Experiment e) throws IOException {
        try (AtomicWrite w = AtomicWrite.begin(file)) {
            OutputStream out = w.stream();
            write(MAPPER.getFactory().createGenerator(new BufferedOutputStream(out, 1 << 16)), e);
            w.commit();
        }
    }

    /** The JSON text of an experiment, every key written, in the documented order. */
    public static String format(Experiment e) {
        StringWriter text = new StringWriter();
        try {
            write(MAPPER.getFactory().createGenerator(text), e);
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to a string cannot fail", ex);
        }
        return text.toString();
    }

    /** Writes indented by two spaces with a final line break; flushes, leaves the target open for the commit. */
    private static void write(JsonGenerator g, Experiment e) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(PRETTY.createInstance());
        try (g) {
            new ExperimentWriter(g).write(e);
            g.writeRaw('\n');
        }
    }

    /** A JSON tree as text: indented by two spaces with a final line break, or on one line. */
    static String text(JsonNode root, boolean indented) {
        try {
            return indented ? MAPPER.writer(PRETTY).writeValueAsString(root) + "\n"
                    : MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a JSON tree always serializes", ex);
        }
    }
}
