package dev.cfnlsp.bench.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The server jar and the JVM options to run it with (none, as editors launch it, unless the bench is told). */
public record ServerJar(Path jar, List<String> javaOptions) {

    public ServerJar {
        javaOptions = List.copyOf(javaOptions);
    }

    /** {@code java [options] -jar cfn-lsp.jar arguments…}, with the bench's own java. */
    public List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return command;
    }

    public String describe() {
        List<String> command = command(List.of());
        return "java " + String.join(" ", command.subList(1, command.size()));
    }
}
