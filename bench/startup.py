#!/usr/bin/env python3
"""Cold-start figures of the server jar: process start -> `initialize` answered -> first publishDiagnostics.

Usage: bench/startup.py [--runs N] [--jar server/target/cfn-lsp.jar] [TEMPLATE]
Prints p50/p95/max over N fresh JVMs (default 10) for the template (default examples/web-app.yaml).
"""
import argparse
import json
import pathlib
import statistics
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError("server closed its output")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))


def one_run(jar, template):
    text = template.read_text()
    start = time.perf_counter()
    proc = subprocess.Popen(["java", "-jar", str(jar), "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    try:
        send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                    "params": {"processId": None, "rootUri": None, "capabilities": {},
                               "initializationOptions": {"debounceMs": 0}}})
        while "id" not in receive(proc):
            pass
        initialized = time.perf_counter() - start
        send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": template.resolve().as_uri(), "languageId": "yaml", "version": 1, "text": text}}})
        while True:
            message = receive(proc)
            if message.get("method") == "textDocument/publishDiagnostics":
                first_diagnostics = time.perf_counter() - start
                count = len(message["params"]["diagnostics"])
                break
        send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        receive(proc)
        send(proc, {"jsonrpc": "2.0", "method": "exit"})
        proc.wait(timeout=10)
        return initialized, first_diagnostics, count
    finally:
        proc.kill()


def summary(label, values):
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label}: p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--jar", default=str(ROOT / "server/target/cfn-lsp.jar"))
    parser.add_argument("template", nargs="?", default=str(ROOT / "examples/web-app.yaml"))
    args = parser.parse_args()
    runs = [one_run(pathlib.Path(args.jar), pathlib.Path(args.template)) for _ in range(args.runs)]
    print(f"{args.runs} cold starts of {args.jar} on {args.template} ({runs[0][2]} diagnostics)")
    summary("process start -> initialize answered", [r[0] for r in runs])
    summary("process start -> first publishDiagnostics", [r[1] for r in runs])


if __name__ == "__main__":
    main()
