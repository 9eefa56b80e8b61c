package dev.cfnlsp.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The file behind a document URI, for documents that live on disk. */
final class FileUris {
    private FileUris() {
    }

    static Optional<Path> toPath(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    static String toUri(Path path) {
        return path.toUri().toString();
    }
}
