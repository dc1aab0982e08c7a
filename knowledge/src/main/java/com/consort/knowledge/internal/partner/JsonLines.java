package com.consort.knowledge.internal.partner;

import com.consort.knowledge.InvalidImportFileException;
import java.io.BufferedReader;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines import (partners, opportunities): each non-blank line one JSON object, handed on with
 * its line number; a line that is not one is rejected with its reason and the reading goes on.
 */
public final class JsonLines {

    /** Where the lines go. */
    public interface Sink {
        void row(long line, JsonNode object);

        void reject(long line, String reason);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLines() {
    }

    /** Reads every line; a file that cannot be read at all is an {@link InvalidImportFileException}. */
    public static void read(BufferedReader reader, Sink sink) {
        try {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JacksonException e) {
                    sink.reject(line, "Not valid JSON: " + e.getOriginalMessage());
                    continue;
                }
                if (node.isObject()) {
                    sink.row(line, node);
                } else {
                    sink.reject(line, "Each line must be a JSON object");
                }
            }
        } catch (IOException e) {
            throw new InvalidImportFileException("Cannot read the JSON Lines file: " + e.getMessage());
        }
    }
}
