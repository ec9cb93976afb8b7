#!/usr/bin/env python3
"""Reference GPU LoRA trainer for finetune-service's `external` backend.

Speaks finetune-service/docs/trainer-protocol.md: one JSON object per stdout line (phase, plan, step, epoch,
evaluation, artifact, failure, log), free text on stderr, exit 0 after `artifact`, non-zero after `failure`,
SIGTERM -> finish the current step, print `failure` CANCELLED, remove partial output, exit 130.

NOT runnable on CPU CI and NOT run in this repository: it needs a CUDA GPU, torch, transformers and peft
(requirements.txt). finetune-service's tests drive the external backend with a scripted trainer instead.

usage (as oeml.finetune-trainer.external-command):
  python3 lora_trainer.py --model {model} --train {train} --val {val} --out {out} --hyperparameters {hyperparameters}
--model is a Hugging Face model id or directory, or a GGUF file (transformers dequantizes it; llama-family only).
The output is a PEFT adapter directory (adapter_model.safetensors + adapter_config.json), the form Ollama's
/api/create `adapters` imports for llama, mistral and gemma bases.
"""
import argparse
import json
import math
import os
import shutil
import signal
import sys
import time

CANCELLED = False


def emit(**message):
    print(json.dumps(message), flush=True)


def fail(code, message, exit_code):
    emit(type="failure", code=code, message=message)
    sys.exit(exit_code)


def on_term(signum, frame):
    global CANCELLED
    CANCELLED = True


def read_chats(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["messages"] for line in f if line.strip()]


def main():
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--train", required=True)
    parser.add_argument("--val", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--hyperparameters", required=True, help="finetune-service's resolved hyperparameters, JSON")
    parser.add_argument("--lora-rank", type=int, default=16)
    parser.add_argument("--lora-alpha", type=int, default=32)
    args = parser.parse_args()
    h = json.loads(args.hyperparameters)

    emit(type="phase", phase="preparing", message="loading " + args.model)
    try:
        import torch
        from peft import LoraConfig, get_peft_model
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError as e:
        fail("INTERNAL", "missing dependency (pip install -r requirements.txt): %s" % e, 1)
    if not torch.cuda.is_available():
        fail("INTERNAL", "no CUDA GPU: this trainer is for GPU hosts", 1)
    torch.manual_seed(int(h.get("seed", 42)))

    source, gguf = args.model, None
    if args.model.endswith(".gguf") or os.path.basename(args.model).startswith("sha256-"):
        source, gguf = os.path.dirname(args.model), os.path.basename(args.model)
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=gguf)
        model = AutoModelForCausalLM.from_pretrained(source, gguf_file=gguf, torch_dtype=torch.bfloat16).cuda()
    except Exception as e:  # noqa: BLE001 - any load error is the protocol's MODEL_UNREADABLE
        fail("MODEL_UNREADABLE", str(e), 3)
    try:
        train, val = read_chats(args.train), read_chats(args.val) if os.path.getsize(args.val) else []
    except (OSError, ValueError, KeyError) as e:
        fail("DATA_UNREADABLE", str(e), 3)

    ctx = int(h.get("context_window", 512))
    def encode(chats):
        return [tokenizer.apply_chat_template(c, tokenize=True, truncation=True, max_length=ctx) for c in chats]
    train_ids, val_ids = encode(train), encode(val)
    batch = max(1, int(h.get("batch_size", 4)))
    epochs = int(h.get("epochs", 1))
    steps_per_epoch = math.ceil(len(train_ids) / batch)
    total = steps_per_epoch * epochs
    if h.get("max_steps"):
        total = min(total, int(h["max_steps"]))
    emit(type="plan", examples=len(train) + len(val), train_windows=len(train_ids), val_windows=len(val_ids),
         steps_per_epoch=steps_per_epoch, epochs=epochs, total_steps=total, ctx=ctx,
         tokens=sum(len(ids) for ids in train_ids))

    def batches(ids, size):
        for i in range(0, len(ids), size):
            chunk = ids[i:i + size]
            width = max(len(x) for x in chunk)
            input_ids = torch.full((len(chunk), width), tokenizer.pad_token_id or 0)
            labels = torch.full((len(chunk), width), -100)
            for row, x in enumerate(chunk):
                input_ids[row, :len(x)] = torch.tensor(x)
                labels[row, :len(x)] = torch.tensor(x)
            yield input_ids.cuda(), labels.cuda()

    @torch.no_grad()
    def measure(name):
        model.eval()
        loss_sum, correct, count = 0.0, 0, 0
        for input_ids, labels in batches(val_ids, batch):
            out = model(input_ids=input_ids, labels=labels)
            mask = labels[:, 1:] != -100
            n = int(mask.sum())
            loss_sum += float(out.loss) * n
            correct += int(((out.logits[:, :-1].argmax(-1) == labels[:, 1:]) & mask).sum())
            count += n
        loss = loss_sum / max(count, 1)
        emit(type="evaluation", model=name, split="validation", loss=loss, perplexity=math.exp(loss),
             accuracy=correct / max(count, 1), tokens=count)
        return loss

    if val_ids:
        emit(type="phase", phase="evaluating", message="base model on %d validation examples" % len(val_ids))
        measure("base")

    model = get_peft_model(model, LoraConfig(r=args.lora_rank, lora_alpha=args.lora_alpha, lora_dropout=0.05,
                                             task_type="CAUSAL_LM",
                                             target_modules=["q_proj", "k_proj", "v_proj", "o_proj"]))
    optimizer = torch.optim.AdamW(model.parameters(), lr=float(h["learning_rate"]),
                                  weight_decay=float(h.get("weight_decay", 0.0)))
    warmup = int(h.get("warmup_steps", 0))
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / warmup) if warmup else 1.0)
    emit(type="phase", phase="training", message="%d steps" % total)
    step = 0
    for epoch in range(1, epochs + 1):
        model.train()
        loss_sum, seen = 0.0, 0
        for input_ids, labels in batches(train_ids, batch):
            started = time.time()
            loss = model(input_ids=input_ids, labels=labels).loss
            loss.backward()
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            seen += 1
            loss_sum += float(loss)
            took = time.time() - started
            # Token accuracy is not computed during LoRA steps (an extra argmax per step); reported as 0.
            emit(type="step", step=step, total_steps=total, epoch=epoch, loss=loss_sum / seen, accuracy=0.0,
                 lr=scheduler.get_last_lr()[0], tokens_per_second=input_ids.numel() / took, step_seconds=took)
            if CANCELLED:
                shutil.rmtree(args.out, ignore_errors=True)
                fail("CANCELLED", "cancelled after step %d" % step, 130)
            if step >= total:
                break
        # Validation runs once after training (the evaluation lines), not per epoch: per-epoch figures stay null.
        emit(type="epoch", epoch=epoch, epochs=epochs, train_loss=loss_sum / max(seen, 1), train_accuracy=0.0,
             val_loss=None, val_accuracy=None)
        if step >= total:
            break

    if val_ids:
        emit(type="phase", phase="evaluating", message="tuned model on %d validation examples" % len(val_ids))
        measure("tuned")
    emit(type="phase", phase="saving", message="saving the LoRA adapter")
    model.save_pretrained(args.out, safe_serialization=True)
    size = sum(os.path.getsize(os.path.join(args.out, f)) for f in os.listdir(args.out))
    emit(type="artifact", path=args.out, format="adapter", quantization=None, bytes=size, context_length=None,
         chat_template=None)


if __name__ == "__main__":
    try:
        main()
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - the protocol wants a failure line, not a traceback only
        print("lora_trainer: %r" % e, file=sys.stderr)
        out_of_memory = "out of memory" in str(e).lower()
        fail("OUT_OF_MEMORY" if out_of_memory else "INTERNAL", str(e), 1)
