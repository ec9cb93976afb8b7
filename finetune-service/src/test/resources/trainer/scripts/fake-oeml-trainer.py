#!/usr/bin/env python3
"""Stands in for oeml-trainer in the llama_cpp backend's unit tests: speaks the protocol, trains nothing.

count-tokens counts whitespace-separated words as tokens; train prints its own argv as a log line (so a test can
read the flags the backend chose), writes a small --out file and reports it as the artifact."""
import json
import os
import sys


def emit(**message):
    print(json.dumps(message), flush=True)


def flag(name):
    args = sys.argv[2:]
    return args[args.index(name) + 1] if name in args else None


if sys.argv[1] == "count-tokens":
    with open(flag("--data"), encoding="utf-8") as data:
        counts = [len(line.split()) for line in data if line.strip()]
    emit(type="tokens", examples=len(counts), tokens=sum(counts), max_example_tokens=max(counts),
         context_length=8192)
    sys.exit(0)

emit(type="log", level="info", message="argv " + json.dumps(sys.argv[1:]))
emit(type="phase", phase="training", message="1 step")
emit(type="step", step=1, total_steps=1, epoch=1, loss=1.5, accuracy=0.6, lr=1e-4, tokens_per_second=30.0,
     step_seconds=8.0)
emit(type="evaluation", model="base", split="validation", loss=1.31, perplexity=3.7, accuracy=0.70, tokens=256)
emit(type="evaluation", model="tuned", split="validation", loss=0.97, perplexity=2.6, accuracy=0.78, tokens=256)
out = flag("--out")
with open(out, "wb") as model:
    model.write(b"GGUF" + bytes(60))
emit(type="artifact", path=out, format="gguf", quantization=flag("--quantize"), bytes=os.path.getsize(out),
     context_length=int(flag("--context-length")), chat_template=True)
