package dev.cfnlsp.server;

import static dev.cfnlsp.server.LspSession.TIMEOUT;
import static dev.cfnlsp.server.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

class DiagnosticsProtocolTest {
    private static final String URI = "file:///work/app.yaml";
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Assets:
                Type: AWS::SNS::Topic
                Properties:
                  TopicNme: alerts
            """;

    @Test
    void declaresOnlyWhatItImplements() throws Exception {
        try (LspSession session = LspSession.start()) {
            var capabilities = session.initializeResult.getCapabilities();
            assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getRight().getChange());
            assertNotNull(capabilities.getCodeActionProvider());
            assertTrue(capabilities.getHoverProvider().getLeft());
            assertEquals("cfn-lsp", session.initializeResult.getServerInfo().getName());
        }
    }

    @Test
    void openPublishesFindingsWithExactRanges() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(URI, 1, TEMPLATE);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics(URI, p -> true, TIMEOUT);
            assertEquals(1, published.getVersion());
            Diagnostic diagnostic = single(published);
            assertEquals("property-unknown", diagnostic.getCode().getLeft());
            assertEquals("cfn-lsp", diagnostic.getSource());
            assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
            assertEquals(range(5, 6, 5, 14), diagnostic.getRange());
            assertTrue(diagnostic.getMessage().contains("Did you mean 'TopicName'?"), diagnostic.getMessage());
        }
    }

    @Test
    void rangesCountUtf16UnitsOnLinesWithNonAsciiText() throws Exception {
        String template = """
                AWSTemplateFormatVersion: "2010-09-09"
                Description: "Ünïcödé 🚀 bucket"
                Resources:
                  Assets: {Type: AWS::SNS::Topic, Properties: {Tags: [{Key: "🚀", Value: !Ref Nope}]}}
                """;
        try (LspSession session = LspSession.start()) {
            session.open(URI, 1, template);
            Diagnostic diagnostic = single(session.client.awaitDiagnostics(URI, p -> true, TIMEOUT));
            assertEquals("ref-unknown", diagnostic.getCode().getLeft());
            int column = template.lines().toList().get(3).indexOf("Nope");
            assertEquals(range(3, column, 3, column + 4), diagnostic.getRange());
        }
    }

    @Test
    void anEditPublishesTheNewSetForTheNewVersion() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(URI, 1, TEMPLATE);
            session.client.awaitDiagnostics(URI, p -> p.getDiagnostics().size() == 1, TIMEOUT);
            session.replace(URI, 2, range(5, 6, 5, 14), "TopicName");
            PublishDiagnosticsParams fixed = session.client.awaitDiagnostics(URI, p -> p.getVersion() == 2, TIMEOUT);
            assertEquals(List.of(), fixed.getDiagnostics());
            session.replace(URI, 3, range(3, 10, 3, 25), "AWS::SNS::Topc");
            PublishDiagnosticsParams broken = session.client.awaitDiagnostics(URI, p -> p.getVersion() == 3, TIMEOUT);
            assertEquals("resource-type-unknown", single(broken).getCode().getLeft());
            assertEquals(range(3, 10, 3, 24), single(broken).getRange());
        }
    }

    @Test
    void closeClearsTheDiagnostics() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(URI, 1, TEMPLATE);
            session.client.awaitDiagnostics(URI, p -> !p.getDiagnostics().isEmpty(), TIMEOUT);
            session.close(URI);
            session.client.awaitDiagnostics(URI, p -> p.getDiagnostics().isEmpty(), TIMEOUT);
        }
    }

    @Test
    void otherYamlFilesGetNoDiagnostics() throws Exception {
        String manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 2
                  replicas: 3
                """;
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/deployment.yaml", 1, manifest);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics("file:///work/deployment.yaml", p -> true, TIMEOUT);
            assertEquals(List.of(), published.getDiagnostics());
        }
    }

    @Test
    void brokenYamlMidEditGivesOneSyntaxErrorAndTheServerKeepsAnswering() throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open(URI, 1, TEMPLATE);
            session.client.awaitDiagnostics(URI, p -> true, TIMEOUT);
            session.replace(URI, 2, range(5, 22, 5, 22), "\n      Tags: [ {Key: a");
            PublishDiagnosticsParams broken = session.client.awaitDiagnostics(URI, p -> p.getVersion() == 2, TIMEOUT);
            Diagnostic syntax = single(broken);
            assertEquals("syntax-error", syntax.getCode().getLeft());
            assertEquals(6, syntax.getRange().getStart().getLine());
            var actions = session.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), range(0, 0, 0, 0), new CodeActionContext(List.of())))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(List.of(), actions);
            session.replace(URI, 3, range(6, 6, 6, 21), "");
            PublishDiagnosticsParams repaired = session.client.awaitDiagnostics(URI, p -> p.getVersion() == 3, TIMEOUT);
            assertEquals("property-unknown", single(repaired).getCode().getLeft());
        }
    }

    @Test
    void hostileInputGetsADiagnosticAndTheServerSurvives() throws Exception {
        StringBuilder bomb = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++) {
            bomb.append((char) ('a' + level)).append(": &").append((char) ('a' + level)).append(" [");
            bomb.append(("*" + (char) ('a' + level - 1) + ", ").repeat(9)).append("]\n");
        }
        try (LspSession session = LspSession.start()) {
            session.open(URI, 1, bomb.toString());
            assertEquals("input-limit", single(session.client.awaitDiagnostics(URI, p -> true, TIMEOUT)).getCode().getLeft());
            session.open("file:///work/deep.yaml", 1, "AWSTemplateFormatVersion: x\nA: " + "[".repeat(5000) + "]".repeat(5000));
            assertEquals("input-limit", single(session.client.awaitDiagnostics("file:///work/deep.yaml", p -> true, TIMEOUT)).getCode().getLeft());
            session.open("file:///work/junk.yaml", 1, "AWSTemplateFormatVersion: \u0000\u0001\u0002\uFFFE binary junk");
            assertEquals("syntax-error", single(session.client.awaitDiagnostics("file:///work/junk.yaml", p -> true, TIMEOUT)).getCode().getLeft());
            session.open(URI + "2", 1, TEMPLATE);
            assertEquals("property-unknown", single(session.client.awaitDiagnostics(URI + "2", p -> true, TIMEOUT)).getCode().getLeft());
        }
    }

    @Test
    void settingsChangeRepublishesWithTheNewRuleLevels() throws Exception {
        try (LspSession session = LspSession.start(Map.of("debounceMs", 0, "rules", Map.of("property-unknown", "warning")))) {
            session.open(URI, 1, TEMPLATE);
            assertEquals(DiagnosticSeverity.Warning, single(session.client.awaitDiagnostics(URI, p -> true, TIMEOUT)).getSeverity());
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Map.of("cfn-lsp", Map.of("rules", Map.of("property-unknown", "off")))));
            session.client.awaitDiagnostics(URI, p -> p.getDiagnostics().isEmpty(), TIMEOUT);
        }
    }

    @Test
    void invalidSettingsAreReportedAndTheRestStillApplies() throws Exception {
        try (LspSession session = LspSession.start(Map.of("debounceMs", "soon", "rules", Map.of("property-unknown", "loud")))) {
            MessageParams warning = session.client.shownMessages.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(warning);
            assertEquals(MessageType.Warning, warning.getType());
            session.open(URI, 1, TEMPLATE);
            assertEquals(DiagnosticSeverity.Error, single(session.client.awaitDiagnostics(URI, p -> true, TIMEOUT)).getSeverity());
        }
    }

    private static Diagnostic single(PublishDiagnosticsParams published) {
        assertEquals(1, published.getDiagnostics().size(), () -> "expected one diagnostic, got " + published.getDiagnostics());
        return published.getDiagnostics().get(0);
    }
}
