package dev.cfnlsp.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The generator's input directory, laid out as in {@code shared/cfn-schemas}. */
final class SourceFiles {

    /** Decimals are read exactly so that bounds such as 0.1 are written back unchanged. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final Path directory;

    SourceFiles(Path directory) {
        this.directory = directory;
    }

    JsonNode regions() throws IOException {
        return read("regions.json");
    }

    JsonNode resourceSchema(String hash) throws IOException {
        return read("resources/" + hash + ".json");
    }

    JsonNode availabilityZones() throws IOException {
        return read("availability-zones.json");
    }

    JsonNode elbLogDeliveryAccounts() throws IOException {
        return read("elb-log-delivery-accounts.json");
    }

    JsonNode statefulResources() throws IOException {
        return read("additional/StatefulResources.json");
    }

    JsonNode lambdaRuntimes() throws IOException {
        return read("additional/LmbdRuntimeLifecycle.json");
    }

    JsonNode iamPolicies() throws IOException {
        return read("additional/Policies.json");
    }

    /** The {@code @aws-cdk/aws-service-spec} database, for its documentation text. */
    JsonNode serviceSpec() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(directory.resolve("aws-service-spec/db.json.gz")),
                1 << 16)) {
            return MAPPER.readTree(in);
        }
    }

    private JsonNode read(String relativePath) throws IOException {
        return MAPPER.readTree(directory.resolve(relativePath).toFile());
    }
}
