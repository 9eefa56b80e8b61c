package dev.cfnlsp.server.fuzz;

import dev.cfnlsp.server.fuzz.Corpus.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure-aware text mutations of CloudFormation templates (YAML and JSON). Every mutation is a pure function of
 * the text and a {@link Random}, so a mutant is reproduced exactly by its seed; each records a short description
 * for failure reports.
 */
public final class Mutator {
    /** A mutated template: its text, the extension it is opened with, and how it was made. */
    public record Mutant(String text, String extension, String seedName, List<String> operations) {
        public String uriSuffix() {
            return extension;
        }

        /** The text as it survives the wire: LSP's JSON over UTF-8 cannot carry a lone surrogate. */
        public String wireText() {
            return Mutator.wireSafe(text);
        }

        public String describe() {
            return seedName + " (" + extension + ") " + operations;
        }
    }

    /** One incremental edit: replace [start, end) of the current text by {@code text}. */
    public record Edit(int start, int end, String text, String description) {
        public String applyTo(String current) {
            return current.substring(0, start) + text + current.substring(end);
        }
    }

    enum Operation {
        DELETE_LINES(8), DUPLICATE_LINES(8), SWAP_LINES(6), MOVE_BLOCK(4), TRUNCATE(6), TABS(5), UNICODE(8),
        CONTROL(5), NUL(3), HUGE_SCALAR(2), DEEP_FLOW(3), DEEP_BLOCK(3), ALIASES(4), BRACKETS_QUOTES(7),
        FOREIGN_SYNTAX(5), SPLICE(5), INTRINSICS(10), CHAR_FLIP(6), INDENT_SHIFT(5), LINE_ENDINGS(2);

        final int weight;

        Operation(int weight) {
            this.weight = weight;
        }
    }

    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(Operation.values()).mapToInt(o -> o.weight).sum();

    static final String[] UNICODE = {
        "\uD83D\uDE80", "\uD835\uDD18", "\uD840\uDF0E", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u200F", "\u202E", "\u2067",
        "\u200E", "\u200B", "\u200D", "e\u0301", "\u0301", "\u0336".repeat(40), "\uFEFF", "\u2028", "\u2029", "\u0085",
        "\uFFFD", "\uFFFE", "\uFFFF", "\uFF21\uFF22", "\u01C5", "\u00DF", "\u0130", "\u00A0", "\u3000", "\u0430",
        "\u05D0\u05D1\u05D2", "\u0627\u0644", "\uD83C\uDDFA\uD83C\uDDF8", "\uDB40\uDC01", "\u0000", "\uD800\uDC00", "\uD800", "\uDC00", "x\uDBFF",
    };

    static final String[] VALUES = {
        "!Ref", "!Ref ''", "!Ref AWS::NoValue", "!Ref AWS::Region", "!GetAtt", "!GetAtt A.B.C.D", "!GetAtt [A]",
        "!GetAtt [Bucket, Arn, Extra]", "!Sub \"${\"", "!Sub \"${AWS::}\"", "!Sub \"${!Literal} ${Missing.Attr}\"",
        "!Sub [\"${x}\", {x: !Ref x}]", "!Sub [a]", "!Sub", "!Join", "!Join [\"\", [a, !Ref B]]", "!If [C, a]", "!If",
        "!Select [99, []]", "!Split [\",\"]", "!FindInMap [a]", "!FindInMap [M, !Ref AWS::Region, K]",
        "!Base64 {\"Fn::Sub\": x}", "!Cidr [a, 1, 2]", "!GetAZs ''", "!ImportValue x", "!Equals [a]", "!Not [!Condition C]",
        "!Transform {Name: AWS::Include, Parameters: {Location: \"s3://evil.example/x.yaml\"}}",
        "{\"Fn::Transform\": {\"Name\": \"Macro\", \"Parameters\": {\"url\": \"https://evil.example/\"}}}",
        "\"{{resolve:ssm:/x}}\"", "\"{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:1:secret:x}}\"",
        "'{{resolve:ssm-secure:p:1}}'", "!Foo bar", "!!binary aGVsbG8=", "!!python/object/apply:os.system [\"echo pwned\"]",
        "!<tag:yaml.org,2002:str> x", "!!int x", "!!map [a]", "!!set {a, b}", "!!timestamp 2001-12-14", "!!str", "!",
        "null", "~", ".inf", "-.nan", "0x1F", "0o17", "1e400", "-0", "99999999999999999999999", "\"\\uD83D\"",
        "\"\\U0001F680\"", "\"\\x00\"", "\"\\0\"", "'it''s'", "\"unterminated", "'unterminated", "|", ">-", "|2-\n  x",
        "&anchor value", "*alias", "*", "&", "[a, b", "{a: 1", "[]", "{}", "\"\"", "- a", "? k", ": v", "\"${AWS::StackName}\"",
        "arn:aws:iam::aws:policy/AdministratorAccess", "0.0.0.0/0", "us-east-1a", "python2.7", "AWS::S3::Bucket",
        "AWS::Nope::Nope", "Custom::Thing", "*", "\"*\"", "true", "yes", "No", "on",
    };

    static final String[] KEY_LINES = {
        "Type: AWS::S3::Bucket", "Type: AWS::IAM::Role", "Type:", "Type: []", "DependsOn: [Self, Self, Missing]",
        "Condition: Nope", "Condition: !Ref X", "Properties: []", "Properties:", "Fn::ForEach::X: [a, [b], {c: d}]",
        "Fn::ForEach::Y:", "Transform: [AWS::Serverless-2016-10-31, Macro]", "Transform: AWS::Serverless-2016-10-31",
        "Ref: x", "Fn::GetAtt: [a]", "Fn::Sub:", "Fn::If: [a, b, c, d]", "DeletionPolicy: Snapshot", "UpdateReplacePolicy: 5",
        "Metadata: {cfn-lint: {config: {ignore_checks: [E3002]}}}", "Metadata: {cfn-lsp: {ignore: [property-unknown]}}",
        "Metadata: {AWS::CloudFormation::Interface: {ParameterGroups: [{Parameters: [Missing]}]}}",
        "<<: *x", "? [complex, key]\n: value", "\"quoted key\": v", "'single': v", "!Ref tagged: key", "&k anchored: key",
        "Resources: {}", "Resources:", "Parameters: {P: {Type: String}}", "Outputs: {O: {Value: !Ref P, Export: {Name: x}}}",
        "Conditions: {C: !Equals [a, b], D: !Condition D}", "Mappings: {M: {K: {V: 1}}}", "Rules: {}", "Hooks: {}",
        "AWSTemplateFormatVersion: 2010-09-09", "Description: " + "\u00e9".repeat(20), "- item", "-", "#comment",
        "---", "...", "%YAML 1.2", "%TAG ! tag:evil.example,2000:",
    };

    private static final Pattern SCALAR_VALUE = Pattern.compile("^(\\s*(?:- )?[^\\s#:][^:#]*:\\s+)(\\S.*)$", Pattern.MULTILINE);

    private final List<Seed> donors;
    private final int maxHugeScalar;

    /** @param maxHugeScalar the largest "huge scalar" (and other huge insertions), in characters */
    public Mutator(List<Seed> donors, int maxHugeScalar) {
        this.donors = donors;
        this.maxHugeScalar = maxHugeScalar;
    }

    public Mutant mutate(Random random, Seed seed) {
        String text = seed.text();
        List<String> operations = new ArrayList<>();
        int count = pickCount(random);
        for (int i = 0; i < count; i++) {
            Operation operation = pick(random);
            Step step = apply(operation, random, text, seed.isJson());
            text = step.text();
            operations.add(operation.name().toLowerCase() + "(" + step.detail() + ")");
        }
        String extension = seed.extension();
        if (random.nextInt(20) == 0) {
            String[] other = {".yaml", ".json", ".yml", ".template", ""};
            extension = other[random.nextInt(other.length)];
            operations.add("opened-as(" + (extension.isEmpty() ? "no extension" : extension) + ")");
        }
        return new Mutant(text, extension, seed.name(), List.copyOf(operations));
    }

    /** An edit a user (or a confused client) might make next: typing, deleting, pasting, or one more mutation. */
    public Edit edit(Random random, String text, boolean json) {
        DocumentBounds bounds = DocumentBounds.of(text);
        int at = bounds.snap(random.nextInt(text.length() + 1));
        switch (random.nextInt(8)) {
            case 0, 1 -> {
                String typed = switch (random.nextInt(5)) {
                    case 0 -> pickOf(random, UNICODE);
                    case 1 -> pickOf(random, VALUES);
                    case 2 -> {
                        String keys = "\n :-[]{}\"'!$.#&*|>\t";
                        yield String.valueOf(keys.charAt(random.nextInt(keys.length())));
                    }
                    case 3 -> "\n" + " ".repeat(random.nextInt(8)) + pickOf(random, KEY_LINES);
                    default -> "Name";
                };
                return new Edit(at, at, wireSafe(typed), "type " + quote(typed));
            }
            case 2, 3 -> {
                int end = bounds.snap(Math.min(text.length(), at + random.nextInt(40)));
                return new Edit(at, Math.max(at, end), "", "delete " + (Math.max(at, end) - at) + " chars");
            }
            case 4 -> {
                int line = bounds.position(at)[0];
                String replacement = " ".repeat(random.nextInt(6)) + pickOf(random, KEY_LINES);
                return new Edit(bounds.lineStart(line), bounds.lineEnd(line), replacement, "replace line " + line);
            }
            case 5 -> {
                String chunk = donorChunk(random);
                return new Edit(at, at, chunk, "paste " + chunk.length() + " chars");
            }
            case 6 -> {
                int end = bounds.snap(Math.min(text.length(), at + random.nextInt(10)));
                String typed = pickOf(random, VALUES);
                return new Edit(at, Math.max(at, end), typed, "overwrite with " + quote(typed));
            }
            default -> {
                Operation operation = pick(random);
                Step step = apply(operation, random, text, json);
                String mutated = wireSafe(step.text());
                // Express the mutation as the smallest replacement, as an editor's incremental sync would.
                int prefix = 0;
                int max = Math.min(text.length(), mutated.length());
                while (prefix < max && text.charAt(prefix) == mutated.charAt(prefix)) {
                    prefix++;
                }
                int suffix = 0;
                while (suffix < max - prefix
                        && text.charAt(text.length() - 1 - suffix) == mutated.charAt(mutated.length() - 1 - suffix)) {
                    suffix++;
                }
                int start = bounds.snap(prefix);
                int end = text.length() - suffix;
                end = Math.max(start, end);
                // Keep both ends off the middle of CRLF / surrogate pairs by widening the replaced span.
                while (end < text.length() && end > 0 && (text.charAt(end - 1) == '\r' && text.charAt(end) == '\n'
                        || Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end)))) {
                    end++;
                }
                String replacement = mutated.substring(start, mutated.length() - (text.length() - end));
                return new Edit(start, end, replacement, operation.name().toLowerCase() + "(" + step.detail() + ")");
            }
        }
    }

    private record Step(String text, String detail) {
    }

    private Step apply(Operation operation, Random random, String text, boolean json) {
        List<String> lines = splitLines(text);
        return switch (operation) {
            case DELETE_LINES -> {
                int from = random.nextInt(lines.size());
                int n = 1 + random.nextInt(3);
                int to = Math.min(lines.size(), from + n);
                lines.subList(from, to).clear();
                yield new Step(String.join("", lines), "lines " + from + ".." + to);
            }
            case DUPLICATE_LINES -> {
                int from = random.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + random.nextInt(3));
                List<String> copy = new ArrayList<>(lines.subList(from, to));
                ensureBreak(copy);
                lines.addAll(to, copy);
                yield new Step(String.join("", lines), "lines " + from + ".." + to);
            }
            case SWAP_LINES -> {
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                ensureBreak(lines);
                String first = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, first);
                yield new Step(String.join("", lines), "lines " + a + "<->" + b);
            }
            case MOVE_BLOCK -> {
                int from = random.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + random.nextInt(10));
                ensureBreak(lines);
                List<String> block = new ArrayList<>(lines.subList(from, to));
                lines.subList(from, to).clear();
                int at = random.nextInt(lines.size() + 1);
                lines.addAll(at, block);
                yield new Step(String.join("", lines), "lines " + from + ".." + to + " to " + at);
            }
            case TRUNCATE -> {
                int at = random.nextInt(text.length() + 1);
                yield new Step(text.substring(0, at), "at " + at);
            }
            case TABS -> {
                if (random.nextBoolean()) {
                    int line = random.nextInt(lines.size());
                    String original = lines.get(line);
                    String tabbed = random.nextBoolean() ? "\t" + original : original.replaceFirst("^( +)", "\t");
                    lines.set(line, tabbed);
                    yield new Step(String.join("", lines), "line " + line);
                }
                int at = random.nextInt(text.length() + 1);
                yield new Step(insert(text, at, "\t".repeat(1 + random.nextInt(3))), "at " + at);
            }
            case UNICODE -> insertMany(random, text, UNICODE, 1 + random.nextInt(4));
            case CONTROL -> {
                StringBuilder chars = new StringBuilder();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    int c = switch (random.nextInt(4)) {
                        case 0 -> 0x01 + random.nextInt(0x1F);
                        case 1 -> 0x7F;
                        case 2 -> 0x80 + random.nextInt(0x20);
                        default -> '\r';
                    };
                    chars.append((char) c);
                }
                int at = random.nextInt(text.length() + 1);
                yield new Step(insert(text, at, chars.toString()), quote(chars.toString()) + " at " + at);
            }
            case NUL -> {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean() && at < text.length()) {
                    yield new Step(text.substring(0, at) + '\u0000' + text.substring(at + 1), "replace at " + at);
                }
                yield new Step(insert(text, at, "\u0000".repeat(1 + random.nextInt(3))), "insert at " + at);
            }
            case HUGE_SCALAR -> huge(random, text, lines, json);
            case DEEP_FLOW -> deepFlow(random, text, lines, json);
            case DEEP_BLOCK -> deepBlock(random, lines);
            case ALIASES -> aliases(random, text, lines);
            case BRACKETS_QUOTES -> {
                String pool = "[]{}\"'`|>&*!%@#:-?,\\";
                StringBuilder result = new StringBuilder(text);
                int n = 1 + random.nextInt(5);
                StringBuilder detail = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    int at = random.nextInt(result.length() + 1);
                    char c = pool.charAt(random.nextInt(pool.length()));
                    result.insert(at, c);
                    detail.append(c).append('@').append(at).append(' ');
                }
                yield new Step(result.toString(), detail.toString().strip());
            }
            case FOREIGN_SYNTAX -> foreign(random, lines, json);
            case SPLICE -> {
                String chunk = donorChunk(random);
                int line = random.nextInt(lines.size() + 1);
                ensureBreak(lines);
                lines.add(line, chunk.endsWith("\n") ? chunk : chunk + "\n");
                yield new Step(String.join("", lines), chunk.length() + " chars at line " + line);
            }
            case INTRINSICS -> intrinsics(random, text, lines);
            case CHAR_FLIP -> {
                if (text.isEmpty()) {
                    yield new Step(text, "empty");
                }
                StringBuilder result = new StringBuilder(text);
                int n = 1 + random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    int at = random.nextInt(result.length());
                    char c = switch (random.nextInt(4)) {
                        case 0 -> ' ';
                        case 1 -> '\n';
                        default -> (char) (0x21 + random.nextInt(0x5E));
                    };
                    result.setCharAt(at, c);
                }
                yield new Step(result.toString(), n + " chars");
            }
            case INDENT_SHIFT -> {
                int from = random.nextInt(lines.size());
                int to = Math.min(lines.size(), from + 1 + random.nextInt(5));
                int delta = random.nextBoolean() ? 1 + random.nextInt(3) : -(1 + random.nextInt(3));
                for (int i = from; i < to; i++) {
                    String line = lines.get(i);
                    lines.set(i, delta > 0 ? " ".repeat(delta) + line : line.replaceFirst("^ {1," + (-delta) + "}", ""));
                }
                yield new Step(String.join("", lines), "lines " + from + ".." + to + " by " + delta);
            }
            case LINE_ENDINGS -> {
                String normalised = text.replace("\r\n", "\n");
                yield switch (random.nextInt(3)) {
                    case 0 -> new Step(normalised.replace("\n", "\r\n"), "CRLF");
                    case 1 -> new Step(normalised.replace("\n", "\r"), "CR");
                    default -> {
                        StringBuilder mixed = new StringBuilder();
                        for (String line : splitLines(normalised)) {
                            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
                            String[] breaks = {"\n", "\r\n", "\r"};
                            mixed.append(body).append(line.endsWith("\n") ? breaks[random.nextInt(3)] : "");
                        }
                        yield new Step(mixed.toString(), "mixed");
                    }
                };
            }
        };
    }

    private Step huge(Random random, String text, List<String> lines, boolean json) {
        int size = switch (random.nextInt(10)) {
            case 0 -> maxHugeScalar;
            case 1, 2, 3 -> Math.min(maxHugeScalar, 100_000 + random.nextInt(100_000));
            default -> Math.min(maxHugeScalar, 5_000 + random.nextInt(20_000));
        };
        int line = random.nextInt(lines.size());
        String indent = indentOf(lines.get(line));
        ensureBreak(lines);
        return switch (random.nextInt(6)) {
            case 0 -> {
                lines.add(line, indent + (json ? "\"Huge\": \"" + "x".repeat(size) + "\",\n" : "Huge: " + "x".repeat(size) + "\n"));
                yield new Step(String.join("", lines), "plain value of " + size + " at line " + line);
            }
            case 1 -> {
                lines.add(line, indent + "Huge: \"" + "\\u00e9 ".repeat(size / 7) + "\"\n");
                yield new Step(String.join("", lines), "escaped double-quoted value of " + size + " at line " + line);
            }
            case 2 -> {
                String body = (indent + "  " + "y".repeat(70) + "\n").repeat(Math.max(1, size / 72));
                lines.add(line, indent + "Huge: |\n" + body);
                yield new Step(String.join("", lines), "literal block of " + size + " at line " + line);
            }
            case 3 -> {
                lines.add(line, indent + "k".repeat(size) + ": v\n");
                yield new Step(String.join("", lines), "key of " + size + " at line " + line);
            }
            case 4 -> {
                Matcher matcher = SCALAR_VALUE.matcher(text);
                List<int[]> values = new ArrayList<>();
                while (matcher.find()) {
                    values.add(new int[] {matcher.start(2), matcher.end(2)});
                }
                if (values.isEmpty()) {
                    yield new Step(text + "z".repeat(size), "tail of " + size);
                }
                int[] value = values.get(random.nextInt(values.size()));
                String quote = random.nextBoolean() ? "\"" : "";
                yield new Step(text.substring(0, value[0]) + quote + "v".repeat(size) + quote + text.substring(value[1]),
                        "value at " + value[0] + " replaced by " + size);
            }
            default -> {
                String shortLines = "a: 1\n".repeat(Math.max(1, size / 5));
                yield new Step(random.nextBoolean() ? shortLines + text : text + "\n" + shortLines,
                        size / 5 + " short lines");
            }
        };
    }

    private static final int[] DEPTHS = {10, 100, 150, 190, 198, 199, 200, 201, 202, 250, 1000, 5000};

    private static int depth(Random random) {
        return DEPTHS[random.nextInt(DEPTHS.length)];
    }

    private static Step deepFlow(Random random, String text, List<String> lines, boolean json) {
        int depth = depth(random);
        boolean balanced = random.nextInt(4) != 0;
        String open;
        String close;
        switch (random.nextInt(4)) {
            case 0 -> {
                open = "[";
                close = "]";
            }
            case 1 -> {
                open = json ? "{\"a\": " : "{a: ";
                close = "}";
            }
            case 2 -> {
                open = json ? "[{\"a\": " : "[{a: ";
                close = "}]";
            }
            default -> {
                open = json ? "{\"Fn::If\": [\"C\", " : "!If [C, ";
                close = ", b]" + (json ? "}" : "");
            }
        }
        String nested = open.repeat(depth) + (json ? "1" : "x") + (balanced ? close.repeat(depth) : "");
        if (json) {
            int brace = text.indexOf('{');
            String insertion = "\"Deep\": " + nested + ",";
            int at = brace < 0 ? 0 : brace + 1;
            return new Step(insert(text, at, insertion), "depth " + depth + (balanced ? "" : " unclosed") + " at " + at);
        }
        int line = random.nextInt(lines.size());
        ensureBreak(lines);
        lines.add(line, indentOf(lines.get(line)) + "Deep: " + nested + "\n");
        return new Step(String.join("", lines), "depth " + depth + (balanced ? "" : " unclosed") + " at line " + line);
    }

    private static Step deepBlock(Random random, List<String> lines) {
        int depth = Math.min(depth(random), 600);
        int width = 1 + random.nextInt(2);
        int line = random.nextInt(lines.size());
        String base = indentOf(lines.get(line));
        StringBuilder block = new StringBuilder();
        String kind;
        switch (random.nextInt(4)) {
            case 0 -> {
                kind = "mappings";
                for (int i = 0; i < depth; i++) {
                    block.append(base).append(" ".repeat(i * width)).append("k").append(i).append(":\n");
                }
                block.append(base).append(" ".repeat(depth * width)).append("leaf\n");
            }
            case 1 -> {
                kind = "inline sequences";
                block.append(base).append("Seq: ").append("- ".repeat(depth)).append("x\n");
            }
            case 2 -> {
                kind = "sequences";
                for (int i = 0; i < depth; i++) {
                    block.append(base).append(" ".repeat(i * 2)).append("-\n");
                }
                block.append(base).append(" ".repeat(depth * 2)).append("x\n");
            }
            default -> {
                kind = "mixed";
                for (int i = 0; i < depth; i++) {
                    block.append(base).append(" ".repeat(i * 2)).append(i % 2 == 0 ? "- k:" : "  ").append('\n');
                }
                block.append(base).append(" ".repeat(depth * 2 + 2)).append("x\n");
            }
        }
        ensureBreak(lines);
        lines.add(line, block.toString());
        return new Step(String.join("", lines), kind + " depth " + depth + " at line " + line);
    }

    private static Step aliases(Random random, String text, List<String> lines) {
        int line = random.nextInt(lines.size());
        String indent = indentOf(lines.get(line));
        ensureBreak(lines);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                // A "billion laughs": levels of width w, each level aliasing the previous one w times.
                int levels = 2 + random.nextInt(11);
                int width = 2 + random.nextInt(9);
                StringBuilder bomb = new StringBuilder();
                bomb.append(indent).append("L0: &l0 [").append("x, ".repeat(width - 1)).append("x]\n");
                for (int i = 1; i < levels; i++) {
                    bomb.append(indent).append("L").append(i).append(": &l").append(i).append(" [");
                    bomb.append(("*l" + (i - 1) + ", ").repeat(width - 1)).append("*l").append(i - 1).append("]\n");
                }
                if (random.nextBoolean()) {
                    bomb.append(indent).append("Tags: *l").append(levels - 1).append('\n');
                }
                lines.add(line, bomb.toString());
                return new Step(String.join("", lines), levels + " levels of width " + width + " at line " + line);
            }
            case 2 -> {
                String[] recursive = {"R: &r [*r]", "R: &r {k: *r}", "R: &r\n" + indent + "  - *r", "&r R: *r", "R: &r [a, [b, *r]]"};
                String chosen = recursive[random.nextInt(recursive.length)];
                lines.add(line, indent + chosen + "\n");
                return new Step(String.join("", lines), "recursive " + quote(chosen) + " at line " + line);
            }
            case 3 -> {
                String[] odd = {"U: *undefined", "*a : b", "&k Key: v", "A: &a x\n" + indent + "B: &a y\n" + indent + "C: *a",
                        "M: &m {a: 1}\n" + indent + "N: {<<: *m, b: 2}", "S: &s x\n" + indent + "T: [" + "*s, ".repeat(500) + "*s]",
                        "? *a\n" + indent + ": v", "E: &e\n" + indent + "F: *e", "G: & x", "H: *"};
                String chosen = odd[random.nextInt(odd.length)];
                lines.add(line, indent + chosen + "\n");
                return new Step(String.join("", lines), "odd alias " + quote(chosen) + " at line " + line);
            }
            case 4 -> {
                // Over the alias cap: many aliases to one collection.
                int count = 90 + random.nextInt(30);
                lines.add(line, indent + "A: &a [1]\n" + indent + "B: [" + "*a, ".repeat(count - 1) + "*a]\n");
                return new Step(String.join("", lines), count + " aliases to a collection at line " + line);
            }
            default -> {
                // Anchor an existing value and alias it from elsewhere (keeps the document mostly valid).
                Matcher matcher = SCALAR_VALUE.matcher(text);
                List<Integer> starts = new ArrayList<>();
                while (matcher.find()) {
                    starts.add(matcher.start(2));
                }
                if (starts.isEmpty()) {
                    return new Step(text, "no value to anchor");
                }
                int anchorAt = starts.get(random.nextInt(starts.size()));
                int aliasAt = starts.get(random.nextInt(starts.size()));
                String result = text;
                if (aliasAt > anchorAt) {
                    int end = lineEndFrom(result, aliasAt);
                    result = result.substring(0, aliasAt) + "*fz" + result.substring(end);
                    result = insert(result, anchorAt, "&fz ");
                } else {
                    result = insert(result, anchorAt, "&fz ");
                }
                return new Step(result, "anchor at " + anchorAt + ", alias at " + aliasAt);
            }
        }
    }

    private static Step foreign(Random random, List<String> lines, boolean json) {
        int line = random.nextInt(lines.size() + 1);
        ensureBreak(lines);
        String[] yamlish = {"Key: value", "- item", "Ref: !Ref X", "  Nested:\n    deeper: 1", "---", "# comment",
                "Resources:\n  R:\n    Type: AWS::SNS::Topic", "!Sub x", "a: &a [1]", "'single': 'quoted'", "|\n  block"};
        String[] jsonish = {"{\"Fn::Sub\": \"${A\"}", "\"Key\": [1, 2,],", "{\"a\": 1}", "\"Resources\": {\"R\": {\"Type\": 1}},",
                "[", "}", "{\"Ref\": \"AWS::Region\"}", "\"unterminated", "// comment", "/* comment */", "NaN", "\"\\u0000\""};
        String insertion = json ? pickOf(random, yamlish) : pickOf(random, jsonish);
        String indent = line < lines.size() ? indentOf(lines.get(line)) : "";
        if (!json && random.nextBoolean() && line < lines.size()) {
            // A JSON value where a YAML value was.
            String current = lines.get(line);
            int colon = current.indexOf(": ");
            if (colon > 0) {
                lines.set(line, current.substring(0, colon + 2) + insertion + "\n");
                return new Step(String.join("", lines), "value " + quote(insertion) + " at line " + line);
            }
        }
        lines.add(line, indent + insertion + "\n");
        return new Step(String.join("", lines), quote(insertion) + " at line " + line);
    }

    private static Step intrinsics(Random random, String text, List<String> lines) {
        if (random.nextBoolean()) {
            Matcher matcher = SCALAR_VALUE.matcher(text);
            List<int[]> values = new ArrayList<>();
            while (matcher.find()) {
                values.add(new int[] {matcher.start(2), matcher.end(2)});
            }
            if (!values.isEmpty()) {
                int[] value = values.get(random.nextInt(values.size()));
                String replacement = pickOf(random, VALUES);
                return new Step(text.substring(0, value[0]) + replacement + text.substring(value[1]),
                        "value at " + value[0] + " := " + quote(replacement));
            }
        }
        int line = random.nextInt(lines.size());
        String snippet = pickOf(random, KEY_LINES);
        String indent = random.nextInt(3) == 0 ? indentOf(lines.get(line)) + "  " : indentOf(lines.get(line));
        ensureBreak(lines);
        lines.add(line, indent + snippet.replace("\n", "\n" + indent) + "\n");
        return new Step(String.join("", lines), quote(snippet) + " at line " + line);
    }

    private static Step insertMany(Random random, String text, String[] pool, int n) {
        StringBuilder result = new StringBuilder(text);
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int at = DocumentBounds.of(result.toString()).snap(random.nextInt(result.length() + 1));
            String chosen = pickOf(random, pool);
            result.insert(at, chosen);
            detail.append(quote(chosen)).append('@').append(at).append(' ');
        }
        return new Step(result.toString(), detail.toString().strip());
    }

    private String donorChunk(Random random) {
        Seed donor = donors.get(random.nextInt(donors.size()));
        List<String> lines = splitLines(donor.text());
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(30));
        return String.join("", lines.subList(from, to));
    }

    private static int pickCount(Random random) {
        int roll = random.nextInt(10);
        return roll < 4 ? 1 : roll < 7 ? 2 : roll < 9 ? 3 : 4;
    }

    private static Operation pick(Random random) {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (Operation operation : Operation.values()) {
            roll -= operation.weight;
            if (roll < 0) {
                return operation;
            }
        }
        throw new AssertionError();
    }

    private static String pickOf(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    /** Lines with their terminators (LF, CRLF or CR), so joining them gives the text back. Never empty. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length() || lines.isEmpty()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Gives the last line a terminator, so lines can be reordered without gluing two together. */
    private static void ensureBreak(List<String> lines) {
        int last = lines.size() - 1;
        String line = lines.get(last);
        if (!line.isEmpty() && !line.endsWith("\n") && !line.endsWith("\r")) {
            lines.set(last, line + "\n");
        }
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(0, i);
    }

    private static int lineEndFrom(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static String insert(String text, int at, String insertion) {
        return text.substring(0, at) + insertion + text.substring(at);
    }

    /** Replaces lone surrogates (which cannot be encoded as UTF-8) with U+FFFD, as the LSP wire would. */
    public static String wireSafe(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (result != null) {
                    result.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (result == null) {
                    result = new StringBuilder(text.length()).append(text, 0, i);
                }
                result.append('\uFFFD');
            } else if (result != null) {
                result.append(c);
            }
        }
        return result == null ? text : result.toString();
    }

    /** A short printable rendering of a snippet for reports. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        String shown = s.length() > 60 ? s.substring(0, 60) : s;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                    || c == '\u200F' || c == '\u202E' || c == '\u2067' || c == '\uFEFF' || c >= '\uFFFE') {
                out.append(String.format("\\u%04X", (int) c));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        if (s.length() > 60) {
            out.append("…(").append(s.length()).append(" chars)");
        }
        return out.append('"').toString();
    }
}
