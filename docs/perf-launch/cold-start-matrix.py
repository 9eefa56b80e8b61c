# The cold-start harness behind docs/perf-launch-notes.md: round-robin cold starts of several server launches
# (process start -> initialize answered -> first publishDiagnostics of examples/web-app.yaml), one warm-up each,
# then N rounds. Before each sample it waits (up to 2 min) while a java/mvn/node process runs from the directory
# given as BUSY_DIR (another checkout sharing the machine), so both configurations see the same quiet machine.
# Usage, from the repository root: BUSY_DIR=/work/main python3 docs/perf-launch/cold-start-matrix.py 12
# It expects jars (and cfn-lsp.jsa written by `java -jar <jar> class-archive`) under $L/warm and $L/nowarm.
import subprocess, json, time, os, sys, glob
def frame(o):
    b=json.dumps(o).encode(); return b"Content-Length: %d\r\n\r\n"%len(b)+b
def read(p):
    h=b""
    while not h.endswith(b"\r\n\r\n"):
        c=p.stdout.read(1)
        if not c: raise EOFError(h)
        h+=c
    n=int([l for l in h.split(b"\r\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
    return json.loads(p.stdout.read(n))
BUSY_DIR=os.environ.get("BUSY_DIR","")
def others_busy():
    for d in glob.glob("/proc/[0-9]*"):
        try:
            if BUSY_DIR and os.readlink(d+"/cwd").startswith(BUSY_DIR) and open(d+"/comm").read().strip() in ("java","mvn","node"):
                return True
        except Exception: pass
    return False
def sample(cmd):
    waited=0
    while others_busy() and waited<120: time.sleep(1); waited+=1
    t0=time.time()
    p=subprocess.Popen(cmd,stdin=subprocess.PIPE,stdout=subprocess.PIPE,stderr=subprocess.DEVNULL)
    p.stdin.write(frame({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":os.getpid(),"capabilities":{},"initializationOptions":{"debounceMs":0}}})); p.stdin.flush()
    read(p); t1=time.time()
    p.stdin.write(frame({"jsonrpc":"2.0","method":"initialized","params":{}}))
    uri="file://"+os.path.abspath("examples/web-app.yaml")
    p.stdin.write(frame({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":uri,"languageId":"yaml","version":1,"text":open("examples/web-app.yaml").read()}}})); p.stdin.flush()
    while True:
        m=read(p)
        if m.get("method")=="textDocument/publishDiagnostics" and m["params"].get("version")==1: break
    t2=time.time()
    p.stdin.write(frame({"jsonrpc":"2.0","id":2,"method":"shutdown"})); p.stdin.flush(); read(p)
    p.stdin.write(frame({"jsonrpc":"2.0","method":"exit"})); p.stdin.flush(); p.wait()
    return (t1-t0)*1000,(t2-t0)*1000, waited
def pct(v,q):
    v=sorted(v); import math; return v[min(len(v)-1, math.ceil(q*len(v))-1)]
F=["-XX:+UseSerialGC","-Xms16m","-XX:MaxNewSize=32m","-XX:MinHeapFreeRatio=10","-XX:MaxHeapFreeRatio=20","-Xlog:disable","-Xlog:all=warning:stderr"]
L=os.environ.get("L","/tmp/launch-perf")
configs={
 "A nowarm bare": ["java","-jar",L+"/nowarm/cfn-lsp.jar","serve"],
 "B warm bare": ["java","-jar",L+"/warm/cfn-lsp.jar","serve"],
 "C nowarm opts+cds": ["java"]+F+["-XX:SharedArchiveFile="+L+"/nowarm/cfn-lsp.jsa","-jar",L+"/nowarm/cfn-lsp.jar","serve"],
 "D warm opts+cds": ["java"]+F+["-XX:SharedArchiveFile="+L+"/warm/cfn-lsp.jsa","-jar",L+"/warm/cfn-lsp.jar","serve"],
 "E warm opts": ["java"]+F+["-jar",L+"/warm/cfn-lsp.jar","serve"],
 "G warm bare+cds": ["java","-XX:SharedArchiveFile="+L+"/warm/cfn-lsp.jsa","-jar",L+"/warm/cfn-lsp.jar","serve"],
 "H nowarm bare+cds": ["java","-XX:SharedArchiveFile="+L+"/nowarm/cfn-lsp.jsa","-jar",L+"/nowarm/cfn-lsp.jar","serve"],
}
n=int(sys.argv[1]) if len(sys.argv)>1 else 10
res={k:[] for k in configs}
for k,c in configs.items(): sample(c)  # one warm-up each (page cache)
for i in range(n):
    for k,c in configs.items():
        res[k].append(sample(c))
    print("round",i+1,"done",file=sys.stderr,flush=True)
json.dump(res,open(L+"/gated.json","w"))
print("| configuration | runs | init p50 | p95 | max | first diag p50 | p95 | max |")
for k,v in res.items():
    a=[x[0] for x in v]; b=[x[1] for x in v]
    print("| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |"%(k,len(v),pct(a,.5),pct(a,.95),max(a),pct(b,.5),pct(b,.95),max(b)))
print("waited s total:", sum(x[2] for v in res.values() for x in v))
