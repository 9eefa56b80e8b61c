package dev.cfnlsp.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Writes compact gzipped JSON; the gzip header carries no time stamp, so equal content gives equal bytes. */
final class GzipJson {

    @FunctionalInterface
    interface Body {
        void writeTo(JsonGenerator out) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private GzipJson() {
    }

    /** @return the number of bytes written */
    static long write(Path file, Body body) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream gzip = new MaximumGzipOutputStream(Files.newOutputStream(file));
                JsonGenerator out = FACTORY.createGenerator(gzip)) {
            body.writeTo(out);
        }
        return Files.size(file);
    }

    private static final class MaximumGzipOutputStream extends GZIPOutputStream {
        MaximumGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
