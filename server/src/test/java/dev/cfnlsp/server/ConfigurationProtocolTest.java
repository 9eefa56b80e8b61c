package dev.cfnlsp.server;

import static dev.cfnlsp.server.LspSession.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .cfn-lsp.yaml, editor overrides, suppressions and rule explanations, over a real LSP connection. */
class ConfigurationProtocolTest {
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Assets:
                Type: AWS::SNS::Topic
                Properties:
                  TopicNme: alerts
            """;

    @Test
    void theNearestConfigFileSetsRuleLevels(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve(".cfn-lsp.yaml"), "rules:\n  property-unknown: warning\n");
        Path template = Files.createDirectories(workspace.resolve("stacks")).resolve("app.yaml");
        try (LspSession session = LspSession.inWorkspace(workspace, Map.of("debounceMs", 0))) {
            String uri = template.toUri().toString();
            session.open(uri, 1, TEMPLATE);
            Diagnostic diagnostic = session.client.awaitDiagnostics(uri, p -> true, TIMEOUT).getDiagnostics().get(0);
            assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
            assertTrue(diagnostic.getCodeDescription().getHref().endsWith("docs/rules.md#property-unknown"));
        }
    }

    @Test
    void editorSettingsOverrideTheFile(@TempDir Path workspace) throws Exception {
        Files.writeString(workspace.resolve(".cfn-lsp.yaml"), "rules:\n  property-unknown: warning\n");
        try (LspSession session = LspSession.inWorkspace(workspace,
                Map.of("debounceMs", 0, "rules", Map.of("property-unknown", "info")))) {
            String uri = workspace.resolve("app.yaml").toUri().toString();
            session.open(uri, 1, TEMPLATE);
            assertEquals(DiagnosticSeverity.Information,
                    session.client.awaitDiagnostics(uri, p -> true, TIMEOUT).getDiagnostics().get(0).getSeverity());
        }
    }

    @Test
    void anInvalidConfigFileIsReportedOnItselfAndItsValidPartsStillApply(@TempDir Path workspace) throws Exception {
        Path config = workspace.resolve(".cfn-lsp.yaml");
        Files.writeString(config, "profile: strict\nrules:\n  property-unknown: off\n  no-such-rule: off\n");
        try (LspSession session = LspSession.inWorkspace(workspace, Map.of("debounceMs", 0))) {
            String uri = workspace.resolve("app.yaml").toUri().toString();
            session.open(uri, 1, TEMPLATE);
            PublishDiagnosticsParams onConfig = session.client.awaitDiagnostics(config.toUri().toString(), p -> true, TIMEOUT);
            assertEquals(List.of("config-invalid", "config-invalid"),
                    onConfig.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());
            assertEquals(0, onConfig.getDiagnostics().get(0).getRange().getStart().getLine());
            assertEquals(3, onConfig.getDiagnostics().get(1).getRange().getStart().getLine());
            assertEquals(List.of(), session.client.awaitDiagnostics(uri, p -> true, TIMEOUT).getDiagnostics());
        }
    }

    @Test
    void metadataSuppressesARuleForOneResource() throws Exception {
        String suppressed = TEMPLATE.replace("    Properties:", "    Metadata:\n      cfn-lsp:\n        ignore: [property-unknown]\n    Properties:");
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/app.yaml", 1, suppressed);
            assertEquals(List.of(), session.client.awaitDiagnostics("file:///work/app.yaml", p -> true, TIMEOUT).getDiagnostics());
        }
    }

    @Test
    void hoverOnAFindingExplainsTheRule() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/app.yaml", 1, TEMPLATE);
            session.client.awaitDiagnostics("file:///work/app.yaml", p -> true, TIMEOUT);
            Hover hover = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier("file:///work/app.yaml"), new Position(5, 9)))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            String markdown = hover.getContents().getRight().getValue();
            assertTrue(markdown.startsWith("**property-unknown** (error): Unknown property 'TopicNme'"), markdown);
            assertTrue(markdown.contains("## Why it matters"), markdown);
            assertEquals(new Position(5, 6), hover.getRange().getStart());
        }
    }
}
