"""A trainer that ignores SIGTERM and steps forever: only SIGKILL stops it."""
import json
import signal
import time

signal.signal(signal.SIGTERM, signal.SIG_IGN)
print(json.dumps({"type": "phase", "phase": "training", "message": "forever"}), flush=True)
step = 0
while True:
    step += 1
    time.sleep(0.2)
    print(json.dumps({"type": "step", "step": step, "total_steps": 1000000, "epoch": 1, "loss": 1.0,
                      "accuracy": 0.5, "lr": 1e-4, "tokens_per_second": 1280.0, "step_seconds": 0.2}), flush=True)
