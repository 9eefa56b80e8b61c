package dev.cfnlsp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The archive itself is written by the package build from the shaded jar; here only the command's edges. */
class ClassArchiveCommandTest {

    @Test
    void takesNoArguments() {
        CliRun run = CliRun.of("class-archive", "somewhere");
        assertEquals(Main.USAGE, run.status());
        assertTrue(run.err().contains("class-archive takes no arguments"), run.err());
    }

    @Test
    void needsToRunFromTheJar() {
        // Tests run from target/classes, a directory: there is no jar to archive against.
        CliRun run = CliRun.of("class-archive");
        assertEquals(Main.USAGE, run.status());
        assertTrue(run.err().contains("works only from cfn-lsp.jar"), run.err());
    }

    @Test
    void helpListsTheCommand() {
        assertTrue(CliRun.of("--help").out().contains("class-archive"));
    }
}
