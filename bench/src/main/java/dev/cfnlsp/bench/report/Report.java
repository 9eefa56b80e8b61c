package dev.cfnlsp.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cfnlsp.bench.measure.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every result of a run, written as Markdown tables (and optionally JSON). */
public final class Report {
    private final List<String> context = new ArrayList<>();
    private final List<LatencyRow> latencies = new ArrayList<>();
    private final List<FigureRow> figures = new ArrayList<>();

    /** A paragraph about the conditions of the run: machine, load, mode. */
    public void context(String line) {
        context.add(line);
    }

    public void add(LatencyRow row) {
        latencies.add(row);
    }

    public void add(FigureRow row) {
        figures.add(row);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\n\n", context)).append("\n");
        if (!latencies.isEmpty()) {
            out.append("\n| Latency | Template | Runs | p50 | p95 | max | Target | Met |\n")
                    .append("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |\n");
            for (LatencyRow row : latencies) {
                Samples s = row.samples();
                out.append("| ").append(row.measure()).append(" | ").append(row.template()).append(" | ")
                        .append(s.count()).append(s.stoppedBy().map(reason -> ", then " + reason).orElse("")).append(" | ")
                        .append(Figures.millis(s.p50Millis())).append(" | ").append(Figures.millis(s.p95Millis())).append(" | ")
                        .append(Figures.millis(s.maxMillis())).append(" | ").append(row.target().text()).append(" | ")
                        .append(row.target().verdict(s).label()).append(" |\n");
            }
        }
        if (!figures.isEmpty()) {
            out.append("\n| Measure | Figure | Target | Met |\n| --- | --- | --- | --- |\n");
            figures.forEach(row -> out.append("| ").append(row.measure()).append(" | ").append(row.figure()).append(" | ")
                    .append(row.target()).append(" | ").append(row.verdict().label()).append(" |\n"));
        }
        return out.toString();
    }

    public void writeJson(Path file) throws IOException {
        List<Map<String, Object>> latencyJson = latencies.stream().map(row -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("measure", row.measure());
            json.put("template", row.template());
            json.put("runs", row.samples().count());
            json.put("stoppedBy", row.samples().stoppedBy().orElse(null));
            json.put("p50Ms", row.samples().p50Millis());
            json.put("p95Ms", row.samples().p95Millis());
            json.put("maxMs", row.samples().maxMillis());
            json.put("samplesMs", row.samples().inRunOrderMillis());
            json.put("target", row.target().text());
            json.put("met", row.target().verdict(row.samples()).name());
            return json;
        }).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("context", context);
        json.put("latencies", latencyJson);
        json.put("figures", figures);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }
}
