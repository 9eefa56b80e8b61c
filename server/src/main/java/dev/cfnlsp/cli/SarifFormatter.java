package dev.cfnlsp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.rule.RuleRegistry;
import dev.cfnlsp.rule.Severity;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0 for code-scanning dashboards: one run, a rule entry per rule, a result per finding. */
final class SarifFormatter implements ReportFormatter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/cfn-lsp/cfn-lsp";

    private final RuleRegistry registry;

    SarifFormatter(RuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void write(List<FileFindings> results, PrintStream out) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "cfn-lsp");
        driver.put("version", Version.get());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescriptor descriptor : registry.descriptors()) {
            ruleIndex.put(descriptor.id(), ruleIndex.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", descriptor.id());
            rule.putObject("shortDescription").put("text", descriptor.title());
            rule.putObject("help").put("text", descriptor.title() + " (" + descriptor.category().label() + ")");
            rule.putObject("defaultConfiguration").put("level", level(descriptor.severity()));
            rule.putObject("properties").put("category", descriptor.category().label());
        }
        ArrayNode sarifResults = run.putArray("results");
        for (FileFindings file : results) {
            for (Finding finding : file.findings()) {
                ObjectNode result = sarifResults.addObject();
                result.put("ruleId", finding.ruleId());
                result.put("ruleIndex", ruleIndex.getOrDefault(finding.ruleId(), -1));
                result.put("level", level(finding.severity()));
                result.putObject("message").put("text", finding.message());
                ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
                location.putObject("artifactLocation").put("uri", file.path().replace('\\', '/'));
                ObjectNode region = location.putObject("region");
                region.put("startLine", finding.range().start().line() + 1);
                region.put("startColumn", finding.range().start().character() + 1);
                region.put("endLine", finding.range().end().line() + 1);
                region.put("endColumn", finding.range().end().character() + 1);
            }
        }
        out.println(log.toPrettyString());
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
