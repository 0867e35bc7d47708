package org.bellwether.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A JSON file holding an array of flat objects (or an object with one such array, e.g. {@code {"events": [...]}}).
 * The header is every key seen, in order of first appearance; arrays of values become {@code ;}-joined text.
 */
final class JsonRecordSource extends RecordSource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> objects = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();
    private int index = -1;

    JsonRecordSource(Path file, String name) {
        super(name);
        Set<String> keys = new LinkedHashSet<>();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                parser.nextToken();
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new BadInputException(name, "expected a JSON array of objects, or an object holding one array");
                }
            } else if (first != JsonToken.START_ARRAY) {
                throw new BadInputException(name, "expected a JSON array of objects");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                lines.add((long) parser.currentTokenLocation().getLineNr());
                JsonNode object = MAPPER.readTree(parser);
                object.fieldNames().forEachRemaining(keys::add);
                objects.add(object);
            }
        } catch (JsonProcessingException e) {
            throw invalidJson(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
        if (objects.isEmpty()) {
            throw new BadInputException(name, "the file holds no records");
        }
        header(new ArrayList<>(keys));
    }

    /** The error for a file that is not valid JSON, with the line the parser stopped at. */
    static BadInputException invalidJson(String name, JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new BadInputException(name, line, "line " + (line == 0 ? "?" : line), "not valid JSON: "
                + e.getOriginalMessage());
    }

    @Override
    public boolean next() {
        return ++index < objects.size();
    }

    @Override
    public String recordProblem() {
        for (Map.Entry<String, JsonNode> entry : objects.get(index).properties()) {
            JsonNode value = entry.getValue();
            if (value.isObject() || value.isArray() && containsContainers(value)) {
                return "field " + entry.getKey() + " holds a nested " + (value.isObject() ? "object" : "array")
                        + "; expected a value or a list of values";
            }
        }
        return null;
    }

    private static boolean containsContainers(JsonNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long line() {
        return lines.get(index);
    }

    @Override
    public int fieldCount() {
        return header().size();
    }

    @Override
    public String field(int i) {
        JsonNode value = objects.get(index).get(header().get(i));
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(";");
            value.forEach(element -> joined.add(element.asText()));
            return joined.toString();
        }
        return value.asText();
    }

    @Override
    public long position() {
        return index + 1L;
    }

    @Override
    public long size() {
        return objects.size();
    }

    @Override
    public void close() {
        // everything was read in the constructor
    }
}
