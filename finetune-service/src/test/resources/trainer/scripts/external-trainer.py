"""A scripted external trainer: speaks the protocol like deploy/trainers/lora_trainer.py would, trains nothing.

usage: external-trainer.py --model M --train T --val V --out OUT --hyperparameters JSON --format gguf|adapter
It logs the learning rate it was given, writes OUT (a file for gguf, a directory with adapter_model.safetensors
for adapter) and reports it."""
import argparse
import json
import os

parser = argparse.ArgumentParser()
for name in ("--model", "--train", "--val", "--out", "--hyperparameters", "--format"):
    parser.add_argument(name, required=True)
args = parser.parse_args()
hyperparameters = json.loads(args.hyperparameters)


def emit(**message):
    print(json.dumps(message), flush=True)


emit(type="log", level="info", message="learning_rate %s model %s" % (hyperparameters["learning_rate"], args.model))
emit(type="step", step=1, total_steps=1, epoch=1, loss=1.2, accuracy=0.6, lr=hyperparameters["learning_rate"],
     tokens_per_second=900.0, step_seconds=0.1)
emit(type="evaluation", model="base", split="validation", loss=1.4, perplexity=4.0, accuracy=0.6, tokens=512)
emit(type="evaluation", model="tuned", split="validation", loss=0.9, perplexity=2.5, accuracy=0.7, tokens=512)
if args.format == "adapter":
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "adapter_model.safetensors"), "wb") as adapter:
        adapter.write(bytes(128))
    size = 128
else:
    with open(args.out, "wb") as model:
        model.write(b"GGUF" + bytes(60))
    size = 64
emit(type="artifact", path=args.out, format=args.format, quantization="F16" if args.format == "gguf" else None,
     bytes=size)
