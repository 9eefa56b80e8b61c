package dev.cfnlsp.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the schema bundle shipped in the rules jar from the CloudFormation data directory. Same input, same bytes.
 *
 * <p>Usage: {@code java -jar bundle-generator.jar <cfn-schemas dir> <output dir>}
 */
public final class BundleGenerator {

    static final String INDEX_FILE = "index.json.gz";
    static final String TYPES_DIRECTORY = "types";
    static final String DOCS_DIRECTORY = "docs";
    private static final String SERVICE_FILE_SUFFIX = ".json.gz";

    private final SourceFiles sources;
    private final Path output;

    BundleGenerator(Path input, Path output) {
        this.sources = new SourceFiles(input);
        this.output = output;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -jar bundle-generator.jar <cfn-schemas dir> <output dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Summary summary = new BundleGenerator(Path.of(args[0]), Path.of(args[1])).generate();
        System.out.printf("%d resource types in %d service files; %d bytes (index %d, service files %d, docs files %d);"
                        + " %d ms%ndocumentation: %s%n",
                summary.typeCount(), summary.serviceFileCount(),
                summary.indexBytes() + summary.serviceFileBytes() + summary.docsFileBytes(),
                summary.indexBytes(), summary.serviceFileBytes(), summary.docsFileBytes(),
                (System.nanoTime() - start) / 1_000_000, summary.coverage());
    }

    record Summary(int typeCount, int serviceFileCount, long indexBytes, long serviceFileBytes, long docsFileBytes,
            DocumentationCoverage coverage) {
    }

    Summary generate() throws IOException {
        RegionCatalog catalog = RegionCatalog.read(sources.regions());
        SortedMap<String, List<ResourceType>> typesByService = new TreeMap<>();
        for (String typeName : catalog.typeNames()) {
            ResourceType type = ResourceTypeConverter.convert(
                    typeName, sources.resourceSchema(catalog.schemaFile(typeName)));
            typesByService.computeIfAbsent(type.serviceKey(), key -> new ArrayList<>()).add(type);
        }
        ServiceSpec spec = new ServiceSpec(sources.serviceSpec());

        Path typesDirectory = output.resolve(TYPES_DIRECTORY);
        Path docsDirectory = output.resolve(DOCS_DIRECTORY);
        deleteServiceFiles(typesDirectory);
        deleteServiceFiles(docsDirectory);
        long serviceFileBytes = 0;
        long docsFileBytes = 0;
        DocumentationCoverage coverage = DocumentationCoverage.NONE;
        SortedMap<String, SortedSet<String>> typeNamesByService = new TreeMap<>();
        for (var service : typesByService.entrySet()) {
            String fileName = service.getKey() + SERVICE_FILE_SUFFIX;
            serviceFileBytes += ServiceFileWriter.write(typesDirectory.resolve(fileName), service.getValue());
            SortedMap<String, ResourceDocumentation> documentationByType = new TreeMap<>();
            for (ResourceType type : service.getValue()) {
                ResourceDocumentation documentation = spec.documentation(type);
                coverage = coverage.plus(type, documentation);
                if (!documentation.isEmpty()) {
                    documentationByType.put(type.typeName(), documentation);
                }
            }
            docsFileBytes += DocsFileWriter.write(docsDirectory.resolve(fileName), documentationByType);
            SortedSet<String> names = new TreeSet<>();
            service.getValue().forEach(type -> names.add(type.typeName()));
            typeNamesByService.put(service.getKey(), names);
        }
        long indexBytes = new IndexWriter(catalog, typeNamesByService, sources).write(output.resolve(INDEX_FILE));
        return new Summary(catalog.typeNames().size(), typesByService.size(), indexBytes, serviceFileBytes,
                docsFileBytes, coverage);
    }

    /** Services that disappeared from the input must not linger in the bundle. */
    private static void deleteServiceFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SERVICE_FILE_SUFFIX)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }
}
