package dev.cfnlsp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cfnlsp.rule.Finding;
import java.io.PrintStream;
import java.util.List;

/**
 * A stable interface for other tools: {@code {"findings": [{"file", "line", "column", "endLine", "endColumn",
 * "severity", "ruleId", "category", "message"}]}} with 1-based lines and UTF-16 columns.
 */
final class JsonFormatter implements ReportFormatter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<FileFindings> results, PrintStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (FileFindings file : results) {
            for (Finding finding : file.findings()) {
                ObjectNode node = findings.addObject();
                node.put("file", file.path());
                node.put("line", finding.range().start().line() + 1);
                node.put("column", finding.range().start().character() + 1);
                node.put("endLine", finding.range().end().line() + 1);
                node.put("endColumn", finding.range().end().character() + 1);
                node.put("severity", finding.severity().label());
                node.put("ruleId", finding.ruleId());
                node.put("category", finding.category().label());
                node.put("message", finding.message());
            }
        }
        out.println(root.toPrettyString());
    }
}
