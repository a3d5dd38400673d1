#!/usr/bin/env python3
"""Start-up of the packaged yoyak next to a bare Quarkus REST + health service of the same Quarkus version.

Starts each jar in turn (yoyak, bare, yoyak, bare, …), --pairs times, the same way (`java
--enable-native-access=ALL-UNNAMED [JVM options] -jar …/quarkus-run.jar`, a free port), and measures from process
start to the first 200 of /q/health/live, and the CPU the process used until then (user + system, from
/proc/PID/stat). Prints every run and the medians; exits 1 when yoyak's median exceeds --max-ratio × bare's.
yoyak runs with the README's command and defaults (embedded provider, durable cache in a fresh folder per run;
the model download, if any, runs on its own thread and does not hold up liveness), or with --openai as the
vllm overlay runs it (YOYAK_PROVIDER=openai, a base URL nobody answers: it is never called at start).

Build first: ./mvnw -B package -DskipTests, and ./mvnw -B -f bench/bare-quarkus/pom.xml package.
Usage: python3 bench/startup.py [--pairs 7] [--cds [--archive NAME] [--train]] [--openai] [--max-ratio 1.6]
  --cds      both with their AppCDS archive (target/quarkus-app/app-cds.jsa, -XX:SharedArchiveFile)
  --archive  another archive name in each app folder (e.g. trained.jsa)
  --train    (implies --cds) first make that archive for both the same way: one start until live, then a clean stop with
             -XX:ArchiveClassesAtExit (Quarkus' own archive holds only what its static-init pass loads)
Standard library only.
"""
import argparse
import os
import pathlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
APPS = {"yoyak": ROOT / "target" / "quarkus-app", "bare": ROOT / "bench" / "bare-quarkus" / "target" / "quarkus-app"}
TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid):
    """User + system CPU of a process so far (fields 14 and 15 of /proc/PID/stat, after the command name)."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def start_once(name, args, work, jvm_extra=()):
    app = APPS[name]
    port = free_port()
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), XDG_CACHE_HOME=str(work / "cache"))
    if args.openai and name == "yoyak":
        env.update(YOYAK_PROVIDER="openai", QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL=f"http://127.0.0.1:{free_port()}/v1")
    jvm = ["--enable-native-access=ALL-UNNAMED", *jvm_extra]
    if args.cds and not jvm_extra:
        # An archive only matches the class path it was made with: run from the app folder, as Quarkus made it.
        jvm.append(f"-XX:SharedArchiveFile={args.archive}")
    log = open(work / f"{name}.log", "w")
    started = time.monotonic()
    process = subprocess.Popen(["java", *jvm, "-jar", "quarkus-run.jar"], env=env, cwd=app,
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            if process.poll() is not None:
                sys.exit(f"{name} exited at start-up; see {work / (name + '.log')}")
            if time.monotonic() - started > 120:
                sys.exit(f"{name} not live after 120 s; see {work / (name + '.log')}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/live", timeout=1) as response:
                    if response.status == 200:
                        return (time.monotonic() - started) * 1000, cpu_seconds(process.pid)
            except OSError:
                pass
            time.sleep(0.01)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(work / "cache", ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--cds", action="store_true")
    parser.add_argument("--archive", default="app-cds.jsa", help="the archive's name in each app folder (with --cds)")
    parser.add_argument("--train", action="store_true", help="make --archive by a training start first")
    parser.add_argument("--openai", action="store_true")
    parser.add_argument("--max-ratio", type=float, default=1.6)
    args = parser.parse_args()
    args.cds = args.cds or args.train
    work = pathlib.Path(tempfile.mkdtemp(prefix="yoyak-startup-"))
    for name, app in APPS.items():
        if not (app / "quarkus-run.jar").exists():
            sys.exit(f"build {name} first (see this script's header)")
        if args.cds and args.train:
            (app / args.archive).unlink(missing_ok=True)
            start_once(name, args, work, [f"-XX:ArchiveClassesAtExit={args.archive}"])
        if args.cds and not (app / args.archive).exists():
            sys.exit(f"{name} has no {args.archive} (build with -Dquarkus.package.jar.appcds.enabled=true, or --train)")
    runs = {"yoyak": [], "bare": []}
    for pair in range(1, args.pairs + 1):
        for name in runs:
            millis, cpu = start_once(name, args, work)
            runs[name].append((millis, cpu))
            print(f"pair {pair}  {name:5}  live in {millis:6.0f} ms  CPU {cpu:5.2f} s", flush=True)
    medians = {name: (statistics.median(m for m, _ in r), statistics.median(c for _, c in r)) for name, r in runs.items()}
    ratio = medians["yoyak"][0] / medians["bare"][0]
    mode = ("openai" if args.openai else "defaults") + (f", AppCDS {args.archive}" if args.cds else "")
    print(f"medians of {args.pairs} pairs ({mode}): yoyak {medians['yoyak'][0]:.0f} ms (CPU {medians['yoyak'][1]:.2f} s), "
          f"bare {medians['bare'][0]:.0f} ms (CPU {medians['bare'][1]:.2f} s): {ratio:.2f}x")
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(0 if ratio <= args.max_ratio else 1)


if __name__ == "__main__":
    main()
