package dev.cfnlsp.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a command to completion under GNU time, for its wall-clock time and its peak resident set size. */
record TimedCommand(long nanos, long peakRssKilobytes, int exitCode) {
    private static final String GNU_TIME = "/usr/bin/time";

    static TimedCommand run(List<String> command, Duration timeout) throws IOException, InterruptedException, TimeoutException {
        Path rssFile = Files.createTempFile("cfn-lsp-bench", ".rss");
        try {
            List<String> timed = new ArrayList<>(List.of(GNU_TIME, "--format=%M", "--output=" + rssFile));
            timed.addAll(command);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(timed)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new TimeoutException(String.join(" ", command.subList(0, 1)) + " ran longer than " + timeout.toSeconds() + " s");
            }
            long nanos = System.nanoTime() - start;
            // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
            List<String> lines = Files.readAllLines(rssFile);
            return new TimedCommand(nanos, Long.parseLong(lines.get(lines.size() - 1).trim()), process.exitValue());
        } finally {
            Files.delete(rssFile);
        }
    }
}
