package dev.cfnlsp.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped JSON files of the schema bundle from the classpath; never from the file system or network. */
final class BundleResources {

    private static final String ROOT = "/dev/cfnlsp/schema/";
    private static final JsonFactory JSON = new JsonFactory();

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser parser) throws IOException;
    }

    private BundleResources() {
    }

    static BundleIndex index() {
        return read("index.json.gz", IndexReader::read);
    }

    static Map<String, ResourceSchema> serviceFile(String service) {
        return read("types/" + service + ".json.gz", ServiceFileReader::read);
    }

    static Map<String, TypeDocumentation> docsFile(String service) {
        return read("docs/" + service + ".json.gz", DocsFileReader::read);
    }

    private static <T> T read(String name, Reader<T> reader) {
        InputStream resource = BundleResources.class.getResourceAsStream(ROOT + name);
        if (resource == null) {
            throw new IllegalStateException("schema bundle file " + ROOT + name + " is missing from the classpath");
        }
        try (JsonParser parser = JSON.createParser(new GZIPInputStream(resource, 1 << 16))) {
            return reader.read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema bundle file " + ROOT + name, e);
        }
    }
}
