package dev.cfnlsp.server;

import static dev.cfnlsp.server.LspSession.TIMEOUT;
import static dev.cfnlsp.server.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.edit.TextEdits;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;

class NavigationProtocolTest {
    private static final String YAML_URI = "file:///work/nav.yaml";
    private static final String YAML = """
            Parameters:
              Stage: {Type: String}
            Mappings:
              Sizes: {prod: {Memory: 512}}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Assets:
                Type: AWS::S3::Bucket
                Condition: IsProd
                Properties:
                  BucketName: !Sub "${Stage}-assets"
              Worker:
                Type: AWS::SNS::Topic
                DependsOn: Assets
                Properties:
                  DisplayName: !GetAtt Assets.Arn
                  TopicName: !If [IsProd, !Sub "${Assets.Arn}-x", !FindInMap [Sizes, prod, Memory]]
            Outputs:
              AssetsArn:
                Value: {"Fn::GetAtt": ["Assets", "Arn"]}
            """;
    private static final String JSON_URI = "file:///work/nav.json";
    private static final String JSON = """
            {
              "Resources": {
                "Assets": {"Type": "AWS::S3::Bucket"},
                "Worker": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Ref": "Assets"}}}
              }
            }
            """;

    private static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Position at(String text, String needle, int line) {
        return new Position(line, text.lines().toList().get(line).indexOf(needle));
    }

    private static LspSession openBoth() throws Exception {
        LspSession session = LspSession.start();
        session.open(YAML_URI, 1, YAML);
        session.open(JSON_URI, 1, JSON);
        session.client.awaitDiagnostics(YAML_URI, p -> true, TIMEOUT);
        return session;
    }

    @Test
    void definitionFromEveryKindOfReference() throws Exception {
        try (LspSession session = openBoth()) {
            var service = session.server.getTextDocumentService();
            Range assetsKey = range(7, 2, 7, 8);
            for (Position from : List.of(at(YAML, "Assets", 14), at(YAML, "Assets", 16), at(YAML, "Assets.Arn", 17),
                    new Position(20, YAML.lines().toList().get(20).indexOf("\"Assets\"") + 2))) {
                List<? extends Location> found = get(service.definition(new DefinitionParams(doc(YAML_URI), from))).getLeft();
                assertEquals(List.of(new Location(YAML_URI, assetsKey)), found, "from " + from);
            }
            assertEquals(range(1, 2, 1, 7), get(service.definition(new DefinitionParams(doc(YAML_URI), at(YAML, "Stage", 11)))).getLeft().get(0).getRange());
            assertEquals(range(5, 2, 5, 8), get(service.definition(new DefinitionParams(doc(YAML_URI), at(YAML, "IsProd", 17)))).getLeft().get(0).getRange());
            assertEquals(range(3, 2, 3, 7), get(service.definition(new DefinitionParams(doc(YAML_URI), at(YAML, "Sizes", 17)))).getLeft().get(0).getRange());
            assertEquals(List.of(), get(service.definition(new DefinitionParams(doc(YAML_URI), at(YAML, "Arn", 16)))).getLeft());
            Position jsonRef = at(JSON, "Assets\"}}", 3);
            assertEquals(range(2, 5, 2, 11), get(service.definition(new DefinitionParams(doc(JSON_URI), jsonRef))).getLeft().get(0).getRange());
        }
    }

    @Test
    void referencesAndHighlights() throws Exception {
        try (LspSession session = openBoth()) {
            var service = session.server.getTextDocumentService();
            List<? extends Location> references = get(service.references(new ReferenceParams(doc(YAML_URI), new Position(7, 3), new ReferenceContext(true))));
            assertEquals(5, references.size(), references.toString());
            List<? extends DocumentHighlight> highlights = get(service.documentHighlight(new DocumentHighlightParams(doc(YAML_URI), at(YAML, "Stage", 5))));
            assertEquals(List.of(DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read),
                    highlights.stream().sorted(Comparator.comparing(h -> h.getRange().getStart().getLine())).map(DocumentHighlight::getKind).toList());
        }
    }

    @Test
    void renameRewritesEveryFormIncludingSubStringsAndDottedGetAtt() throws Exception {
        try (LspSession session = openBoth()) {
            var service = session.server.getTextDocumentService();
            var prepared = get(service.prepareRename(new PrepareRenameParams(doc(YAML_URI), at(YAML, "Assets.Arn", 17))));
            assertEquals("Assets", prepared.getSecond().getPlaceholder());
            WorkspaceEdit edit = get(service.rename(new RenameParams(doc(YAML_URI), new Position(7, 4), "Storage")));
            String renamed = apply(YAML, edit.getChanges().get(YAML_URI));
            assertEquals(YAML.replace("Assets:", "Storage:").replace("DependsOn: Assets", "DependsOn: Storage")
                    .replace("!GetAtt Assets.Arn", "!GetAtt Storage.Arn").replace("${Assets.Arn}", "${Storage.Arn}")
                    .replace("[\"Assets\", \"Arn\"]", "[\"Storage\", \"Arn\"]"), renamed);
            assertTrue(renamed.contains("AssetsArn:"), "outputs named like the resource are left alone");
        }
    }

    @Test
    void renameRefusesWhatCannotBeRenamed() throws Exception {
        try (LspSession session = openBoth()) {
            var service = session.server.getTextDocumentService();
            assertNull(get(service.prepareRename(new PrepareRenameParams(doc(YAML_URI), at(YAML, "AWS::S3::Bucket", 8)))));
            ExecutionException invalid = assertThrows(ExecutionException.class,
                    () -> get(service.rename(new RenameParams(doc(YAML_URI), new Position(7, 4), "my-bucket"))));
            assertTrue(invalid.getCause().getMessage().contains("not a valid logical id"), invalid.getCause().getMessage());
            ExecutionException taken = assertThrows(ExecutionException.class,
                    () -> get(service.rename(new RenameParams(doc(YAML_URI), new Position(7, 4), "Stage"))));
            assertTrue(taken.getCause().getMessage().contains("already declared"), taken.getCause().getMessage());
        }
    }

    @Test
    void outlineWorkspaceSymbolsAndFolds() throws Exception {
        try (LspSession session = openBoth()) {
            var service = session.server.getTextDocumentService();
            List<DocumentSymbol> outline = get(service.documentSymbol(new DocumentSymbolParams(doc(YAML_URI)))).stream().map(e -> e.getRight()).toList();
            assertEquals(List.of("Parameters", "Mappings", "Conditions", "Resources", "Outputs"), outline.stream().map(DocumentSymbol::getName).toList());
            DocumentSymbol resources = outline.get(3);
            assertEquals(List.of("Assets AWS::S3::Bucket", "Worker AWS::SNS::Topic"),
                    resources.getChildren().stream().map(s -> s.getName() + " " + s.getDetail()).toList());
            List<? extends WorkspaceSymbol> symbols = get(session.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("asset"))).getRight();
            assertEquals(3, symbols.size(), symbols.toString());
            List<FoldingRange> folds = get(service.foldingRange(new FoldingRangeRequestParams(doc(YAML_URI))));
            assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == 7 && f.getEndLine() == 11), folds.toString());
        }
    }

    private static String apply(String text, List<TextEdit> edits) {
        return TextEdits.apply(text, edits.stream()
                .map(e -> new dev.cfnlsp.rule.TextEdit(Diagnostics.sourceRange(e.getRange()), e.getNewText())).toList());
    }
}
