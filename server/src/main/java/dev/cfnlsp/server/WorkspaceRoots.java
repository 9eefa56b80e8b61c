package dev.cfnlsp.server;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/** The directory above which no {@code .cfn-lsp.yaml} is looked for: the first workspace folder, or the root URI. */
final class WorkspaceRoots {
    private WorkspaceRoots() {
    }

    @SuppressWarnings("deprecation") // rootUri is what older clients (Neovim 0.7) send
    static Optional<Path> of(InitializeParams params) {
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            WorkspaceFolder first = params.getWorkspaceFolders().get(0);
            return FileUris.toPath(first.getUri());
        }
        return Optional.ofNullable(params.getRootUri()).flatMap(FileUris::toPath);
    }
}
