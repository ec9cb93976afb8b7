"""Where a JVM proxy's CPU goes, from async-profiler's collapsed stacks (deploy/bench/README.md, "Where the
gateway's CPU goes"). Two views of the same samples:

- by step: the innermost Vert.x Web route handler a sample ran in (Quarkus' authentication handler, the proxy, ...),
  else the HTTP connection code that was reading a request or a backend's response, else the event loop itself
  (selecting, reading sockets) or a thread outside the event loops (JIT compiler, GC, Kafka client);
- by layer: the library of the deepest frame the sample can be put down to (netty, vertx-core, context
  propagation, mutiny, quarkus security, micrometer, the project's own code, ...).

    python3 deploy/bench/cpu_breakdown.py gateway.collapsed
"""
import argparse
import collections
import re

# Deepest matching frame wins; the first pattern that matches a frame names its layer.
LAYERS = [
    ("context propagation", r"smallrye/context|ArcContextProvider|ManagedContext"),
    ("mutiny", r"io/smallrye/mutiny"),
    ("quarkus security", r"quarkus/security|runtime/security|quarkus/oidc"),
    ("micrometer", r"micrometer"),
    ("quarkus arc", r"io/quarkus/arc"),
    ("vertx-web", r"io/vertx/ext/web"),
    ("vertx-http-proxy", r"io/vertx/httpproxy"),
    ("project", r"io/oeml"),
    ("netty http codec", r"io/netty/handler/codec"),
    ("vertx-core", r"io/vertx/core"),
    ("netty", r"io/netty"),
]
HANDLER_ENTRY = "RouteState.handleContext"


def samples(path):
    with open(path) as f:
        for line in f:
            stack, _, count = line.rstrip().rpartition(" ")
            if stack:
                yield stack.split(";"), int(count)


def step(frames):
    for i in range(len(frames) - 1, 0, -1):
        if HANDLER_ENTRY in frames[i - 1]:
            return "route handler " + short(frames[i])
        if "Http1xClientConnection.handleMessage" in frames[i]:
            return "backend response, read and written to the client"
        if "Http1xServerConnection.handleMessage" in frames[i]:
            return "client request, read before the router"
    if any("NioEventLoop.run" in f for f in frames):
        return "event loop: select, socket reads, tasks"
    return "other threads (JIT, GC, Kafka client, ...)"


def layer(frames):
    for frame in reversed(frames):
        for name, pattern in LAYERS:
            if re.search(pattern, frame):
                return name
    return "JVM, kernel and JDK only"


def short(frame):
    name = frame.split("/")[-1]
    return re.sub(r"\$\$Lambda\$.*", " (lambda)", name)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("collapsed", help="async-profiler output in the collapsed format")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    by_step, by_layer, total = collections.Counter(), collections.Counter(), 0
    for frames, count in samples(args.collapsed):
        total += count
        by_step[step(frames)] += count
        by_layer[layer(frames)] += count
    print(f"{total} samples")
    for title, counter in (("by step", by_step), ("by layer", by_layer)):
        print(f"\n== {title} ==")
        for name, count in counter.most_common(args.top):
            print(f"{100 * count / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
