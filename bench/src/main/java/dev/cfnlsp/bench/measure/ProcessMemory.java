package dev.cfnlsp.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A live process's memory: resident set now and at its peak (Linux /proc), and its Java heap (jcmd). */
final class ProcessMemory {
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private ProcessMemory() {
    }

    static long residentKilobytes(long pid) throws IOException {
        return statusField(pid, "VmRSS");
    }

    static long peakResidentKilobytes(long pid) throws IOException {
        return statusField(pid, "VmHWM");
    }

    private static long statusField(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow(() -> new IOException(field + " missing from /proc/" + pid + "/status"));
    }

    record Heap(long usedKilobytes, long committedKilobytes) {
    }

    /** Sums the generations: G1 reports one heap, the serial and parallel collectors a young and an old one. */
    static Heap heap(long pid) throws IOException, InterruptedException {
        Matcher generation = HEAP.matcher(jcmd(pid, "GC.heap_info"));
        long used = 0;
        long committed = 0;
        while (generation.find()) {
            committed += Long.parseLong(generation.group(1));
            used += Long.parseLong(generation.group(2));
        }
        if (committed == 0) {
            throw new IOException("unexpected GC.heap_info output");
        }
        return new Heap(used, committed);
    }

    static void collectGarbage(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
