package dev.ergo.engine;

import org.apiguardian.api.API;

/**
 * Renders an {@link AssessmentResult} as one line of {@code results.jsonl} (results format, version 1).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ResultJson {
    private ResultJson() {}

    /**
     * Renders one result.
     *
     * @param result the result, not null
     * @param includeName whether to add the employee's name ({@code name}) when present
     * @return the JSON object on one line, not null
     */
    public static String line(AssessmentResult result, boolean includeName) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("employeeId", result.employee().id());
        if (includeName && result.employee().name() != null) {
            w.field("name", result.employee().name());
        }
        w.field("assessmentDate", result.assessmentDate().toString());
        w.field("overallRisk", result.overallRisk().name());
        w.field("factorsAssessed", result.factors().size());
        for (ResultSection s : result.sections()) {
            s.writeJson(w);
        }
        w.name("recommendations").beginArray();
        for (Recommendation r : result.recommendations()) {
            w.beginObject()
                    .field("code", r.code())
                    .field("text", r.text())
                    .field("rule", r.rule())
                    .field("source", r.source());
            if (!r.values().isEmpty()) {
                w.name("values").beginObject();
                r.values().forEach(w::field);
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
        w.name("notes").beginArray();
        result.notes().forEach(w::value);
        w.endArray();
        return w.endObject().toString();
    }
}
