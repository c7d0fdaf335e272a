package dev.ergo.engine.repetitive;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the member names of a JSON object, in order, at its top level only. */
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
        List<String> keys = new ArrayList<>();
        int depth = 0;
        boolean expectKey = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (json.charAt(end) != '"') {
                    end += json.charAt(end) == '\\' ? 2 : 1;
                }
                if (depth == 1 && expectKey) {
                    keys.add(json.substring(i + 1, end));
                    expectKey = false;
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
                expectKey = c == '{' && depth == 1;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return keys;
                }
            } else if (c == ',' && depth == 1) {
                expectKey = true;
            }
        }
        throw new IllegalArgumentException("unterminated object");
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
