package dev.cfnlsp.cli;

import java.io.PrintStream;
import java.util.List;

interface ReportFormatter {
    void write(List<FileFindings> results, PrintStream out);
}
