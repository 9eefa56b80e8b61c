package dev.cfnlsp.bench.generate;

import java.util.Map;
import java.util.function.Function;

/** The two notations of a CloudFormation template; YAML uses the short forms ({@code !Ref}) of intrinsic functions. */
public enum Format {
    YAML("yaml", YamlWriter::write),
    JSON("json", JsonWriter::write);

    private final String extension;
    private final Function<Map<String, Object>, String> writer;

    Format(String extension, Function<Map<String, Object>, String> writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    String write(Map<String, Object> template) {
        return writer.apply(template);
    }
}
