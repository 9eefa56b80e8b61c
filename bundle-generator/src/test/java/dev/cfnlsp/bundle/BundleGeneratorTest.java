package dev.cfnlsp.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates a bundle from the small input in src/test/resources/cfn-schemas. */
class BundleGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path output;
    private static BundleGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException, URISyntaxException {
        summary = new BundleGenerator(input(), output).generate();
    }

    @Test
    void sameInputGivesSameBytes(@TempDir Path again) throws IOException, URISyntaxException {
        new BundleGenerator(input(), again).generate();
        List<Path> files = relativeFiles(output);
        assertEquals(files, relativeFiles(again));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(output.resolve(file)), Files.readAllBytes(again.resolve(file)), file.toString());
        }
    }

    @Test
    void oneFilePerService() throws IOException {
        assertEquals(List.of(Path.of("docs/AWS-Demo.json.gz"), Path.of("docs/AWS-Other.json.gz"), Path.of("index.json.gz"),
                Path.of("types/AWS-Demo.json.gz"), Path.of("types/AWS-Other.json.gz")), relativeFiles(output));
        assertEquals(new BundleGenerator.Summary(3, 2, Files.size(output.resolve("index.json.gz")),
                sizes("types/AWS-Demo.json.gz", "types/AWS-Other.json.gz"),
                sizes("docs/AWS-Demo.json.gz", "docs/AWS-Other.json.gz"), summary.coverage()), summary);
    }

    @Test
    void staleServiceFilesAreRemoved(@TempDir Path reused) throws IOException, URISyntaxException {
        Files.createDirectories(reused.resolve("types"));
        Files.createDirectories(reused.resolve("docs"));
        Files.writeString(reused.resolve("types/AWS-Gone.json.gz"), "old");
        Files.writeString(reused.resolve("docs/AWS-Gone.json.gz"), "old");
        Files.writeString(reused.resolve("notes.txt"), "kept");
        new BundleGenerator(input(), reused).generate();
        assertFalse(Files.exists(reused.resolve("types/AWS-Gone.json.gz")));
        assertFalse(Files.exists(reused.resolve("docs/AWS-Gone.json.gz")));
        assertTrue(Files.exists(reused.resolve("notes.txt")));
    }

    @Test
    void usEast1VersionWinsOverTheMostCommonOne() throws IOException {
        JsonNode widget = type("AWS-Demo", "AWS::Demo::Widget");
        assertTrue(widget.at("/schema/props").has("Size"), "the us-east-1 schema has Size");
        assertFalse(widget.at("/schema/props").has("Color"));
    }

    @Test
    void outsideUsEast1TheVersionOfMostRegionsWins() throws IOException {
        assertEquals(json("{\"type\":\"string\",\"enum\":[\"two\"]}"), type("AWS-Demo", "AWS::Demo::Gadget").at("/schema/props/Version"));
    }

    @Test
    void aTieGoesToTheSmallestHash() throws IOException {
        assertEquals(json("{\"ref\":\"Node\"}"), type("AWS-Other", "AWS::Other::Tree").at("/schema/props/Root"));
    }

    @Test
    void typeFile() throws IOException {
        JsonNode widget = type("AWS-Demo", "AWS::Demo::Widget");
        assertEquals(json("""
                {"type":"object","props":{
                  "Name":{"type":"string","pattern":"^[a-z]+$","minLen":1,"maxLen":64},
                  "Size":{"type":"integer","min":1,"max":10.5},
                  "Mode":{"type":"string","enum":["FAST","SLOW"]},
                  "Arn":{"type":"string"},
                  "Endpoint":{"ref":"Endpoint"},
                  "Tags":{"type":"array","items":{"ref":"KeyValue"}}},
                 "req":["Name"],"closed":true}"""), widget.get("schema"));
        assertEquals(List.of("Endpoint", "KeyValue"), fieldNames(widget.get("defs")));
        assertEquals(json("[\"Arn\",\"Endpoint.Address\"]"), widget.get("attrs"));
        assertEquals(json("[\"Name\"]"), widget.get("createOnly"));
        assertEquals(json("[\"Arn\"]"), widget.get("primaryId"));
        assertTrue(widget.get("taggable").asBoolean());
        assertEquals("Tags", widget.get("tagsProp").asText());
    }

    @Test
    void recursiveDefinitionStaysAReference() throws IOException {
        assertEquals(json("{\"type\":\"array\",\"items\":{\"ref\":\"Node\"}}"),
                type("AWS-Other", "AWS::Other::Tree").at("/defs/Node/props/Children"));
    }

    @Test
    void combinatorsAreMergedConservatively() throws IOException {
        JsonNode gadget = type("AWS-Demo", "AWS::Demo::Gadget");
        assertFalse(gadget.get("schema").has("req"), "required only from anyOf alternatives is dropped");
        assertEquals(json("""
                {"type":"object","props":{"Bucket":{"type":"string"},"Url":{"type":"string","pattern":"^https://"}},
                 "closed":true}"""), gadget.at("/schema/props/Source"));
        assertFalse(gadget.at("/schema/props/Target").has("req"));
        assertFalse(gadget.has("taggable"));
    }

    @Test
    void docsFileKeepsEachTextOnceAndOnlyWhatTheBundleHas() throws IOException {
        assertEquals(json("""
                {"texts":["A gadget.","The `AWS::Demo::Widget` resource makes a widget.","The name of the widget.",
                          "How fast the widget runs.","The ARN of the widget.","The address of the widget.","The port."],
                 "types":{
                   "AWS::Demo::Gadget":{"desc":0},
                   "AWS::Demo::Widget":{"desc":1,"props":{"Name":2,"Mode":3},
                                        "attrs":{"Arn":4,"Endpoint.Address":5},
                                        "defs":{"Endpoint":{"Address":5,"Port":6}}}}}"""),
                read(output.resolve("docs/AWS-Demo.json.gz")));
        assertEquals(json("{\"texts\":[],\"types\":{}}"), read(output.resolve("docs/AWS-Other.json.gz")));
    }

    @Test
    void documentationCoverage() {
        assertEquals("described types 2/3, properties 2/10, attributes 2/2, definitions 1/3, their properties 2/6",
                summary.coverage().toString());
    }

    @Test
    void index() throws IOException {
        JsonNode index = read(output.resolve("index.json.gz"));
        assertEquals(json("""
                {"format":1,
                 "regions":["eu-central-1","eu-west-1","eu-west-2","us-east-1"],
                 "regionSets":["1110","1111","0110"],
                 "services":{"AWS-Demo":{"AWS::Demo::Gadget":0,"AWS::Demo::Widget":1},"AWS-Other":{"AWS::Other::Tree":2}},
                 "zones":{"eu-west-1":["eu-west-1a"],"us-east-1":["us-east-1a","us-east-1b"]},
                 "elbLogDelivery":{"principal":"logdelivery.elasticloadbalancing.amazonaws.com",
                                   "accounts":{"eu-west-1":"156460612806","us-east-1":"127311923021"}},
                 "stateful":["AWS::Demo::Widget","AWS::Other::Tree"],
                 "lambdaRuntimes":{
                   "python3.14":{"deprecated":"2029-06-30","createBlock":"2029-07-31","updateBlock":"2029-08-31"},
                   "python3.8":{"deprecated":"2024-10-14","createBlock":"2026-06-01","updateBlock":"2026-07-01",
                                "successor":"python3.14"}},
                 "iam":{"ec2":{"scoped":"runinstances","unscoped":"describeinstances"},
                        "s3":{"scoped":"getobject","unscoped":"listallmybuckets"}}}"""), index);
    }

    private static Path input() throws URISyntaxException {
        return Path.of(BundleGeneratorTest.class.getResource("/cfn-schemas/regions.json").toURI()).getParent();
    }

    private static long sizes(String... files) throws IOException {
        long total = 0;
        for (String file : files) {
            total += Files.size(output.resolve(file));
        }
        return total;
    }

    private static JsonNode type(String service, String typeName) throws IOException {
        return read(output.resolve("types/" + service + ".json.gz")).get(typeName);
    }

    private static JsonNode read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return MAPPER.readTree(in);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> relativeFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(directory::relativize).sorted().toList();
        }
    }
}
