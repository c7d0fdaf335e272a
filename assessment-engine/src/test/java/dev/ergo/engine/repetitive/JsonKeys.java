package dev.ergo.engine.repetitive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the member names of a JSON object, in order, at its top level only (read with Jackson). */
public final class JsonKeys {
    private JsonKeys() {}

    /**
     * Returns the keys of the object that starts at {@code start} in {@code json}.
     *
     * @param json compact JSON text
     * @param start index of the object's opening brace
     * @return the keys in order
     */
    public static List<String> of(String json, int start) {
        try (JsonParser p = new JsonFactory().createParser(json.substring(start))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("no object at " + start);
            }
            List<String> keys = new ArrayList<>();
            for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
                keys.add(k);
                p.nextToken();
                p.skipChildren();
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the keys of the first object that follows {@code marker}.
     *
     * @param json compact JSON text
     * @param marker text just before the object, for example {@code "handActivity":[}
     * @return the keys in order
     */
    public static List<String> after(String json, String marker) {
        int at = json.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("no " + marker + " in " + json);
        }
        return of(json, json.indexOf('{', at + marker.length() - 1));
    }
}
