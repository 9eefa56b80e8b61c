package dev.cfnlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(LintCommandTest.class.getResource("/cli/" + name)).toURI()).toString();
    }

    @Test
    void textListsOneFindingPerLineAndExitsOneOnErrors() throws Exception {
        String broken = fixture("broken.yaml");
        CliRun run = CliRun.of("lint", broken);
        assertEquals(1, run.status());
        assertTrue(run.out().contains(broken + ":6:7: error property-unknown: Unknown property 'TopicNme'"), run.out());
        assertTrue(run.out().contains(broken + ":7:18: error ref-unknown: Ref to 'Missing'"), run.out());
        assertTrue(run.out().contains("2 finding(s) in 1 template(s)."), run.out());
    }

    @Test
    void exitsZeroWhenThereAreOnlyWarnings() throws Exception {
        CliRun run = CliRun.of("lint", fixture("warning.json"), fixture("clean.yaml"));
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("warning parameter-unused"), run.out());
    }

    @Test
    void jsonIsTheDocumentedStableShape() throws Exception {
        CliRun run = CliRun.of("lint", "--format", "json", fixture("broken.yaml"));
        JsonNode finding = JSON.readTree(run.out()).get("findings").get(0);
        assertEquals(fixture("broken.yaml"), finding.get("file").asText());
        assertEquals(6, finding.get("line").asInt());
        assertEquals(7, finding.get("column").asInt());
        assertEquals(6, finding.get("endLine").asInt());
        assertEquals(15, finding.get("endColumn").asInt());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("property-unknown", finding.get("ruleId").asText());
        assertEquals("validity", finding.get("category").asText());
        assertTrue(finding.get("message").asText().startsWith("Unknown property 'TopicNme'"));
    }

    @Test
    void sarifValidatesAgainstTheSarifSchema() throws Exception {
        CliRun run = CliRun.of("lint", "--format=sarif", fixture("broken.yaml"), fixture("warning.json"));
        assertEquals(1, run.status());
        JsonNode log = JSON.readTree(run.out());
        try (InputStream schemaText = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaText);
            Set<ValidationMessage> errors = schema.validate(log);
            assertEquals(Set.of(), errors);
        }
        JsonNode run0 = log.get("runs").get(0);
        assertTrue(run0.get("tool").get("driver").get("rules").size() > 20);
        List<String> ruleIds = new ArrayList<>();
        run0.get("results").forEach(result -> ruleIds.add(result.get("ruleId").asText()));
        assertTrue(ruleIds.containsAll(List.of("property-unknown", "ref-unknown", "parameter-unused")), ruleIds.toString());
        JsonNode rule = run0.get("tool").get("driver").get("rules").get(run0.get("results").get(0).get("ruleIndex").asInt());
        assertEquals(run0.get("results").get(0).get("ruleId"), rule.get("id"));
    }

    @Test
    void directoriesAreSearchedAndNonTemplatesSkipped(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(fixture("broken.yaml")), dir.resolve("a.yaml"));
        Files.createDirectories(dir.resolve("nested"));
        Files.copy(Path.of(fixture("clean.yaml")), dir.resolve("nested/b.template"));
        Files.copy(Path.of(fixture("not-a-template.yaml")), dir.resolve("nested/workflow.yml"));
        Files.createDirectories(dir.resolve(".git"));
        Files.copy(Path.of(fixture("broken.yaml")), dir.resolve(".git/ignored.yaml"));
        CliRun run = CliRun.of("lint", dir.toString());
        assertEquals(1, run.status());
        assertTrue(run.out().contains("2 finding(s) in 2 template(s)."), run.out());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        assertUsageError(CliRun.of("lint"), "needs at least one file");
        assertUsageError(CliRun.of("lint", "--format", "xml", "x.yaml"), "--format must be text, json or sarif");
        assertUsageError(CliRun.of("lint", "--frobnicate", "x.yaml"), "does not know the option");
        assertUsageError(CliRun.of("lint", "/no/such/template.yaml"), "is not a file or directory");
        assertUsageError(CliRun.of("launch"), "unknown command");
        assertUsageError(CliRun.of("serve", "--port", "http"), "--port needs a number");
    }

    @Test
    void unreadableInputExitsTwo(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("junk.yaml");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41, 0x57, 0x53});
        CliRun run = CliRun.of("lint", binary.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("not valid UTF-8"), run.err());
    }

    @Test
    void versionAndHelpAndRules() {
        assertTrue(CliRun.of("--version").out().startsWith("cfn-lsp "));
        assertTrue(CliRun.of("--help").out().contains("lint [--format text|json|sarif]"));
        CliRun rules = CliRun.of("rules");
        assertEquals(0, rules.status());
        assertTrue(rules.out().contains("property-unknown"), rules.out());
    }

    private static void assertUsageError(CliRun run, String expected) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains(expected), run.err());
    }
}
