"""A trainer that steps every 0.2 s for up to 10 minutes and honours SIGTERM as the protocol says: it finishes the
current step, prints a CANCELLED failure and exits 130."""
import json
import signal
import sys
import time

stop = False


def on_term(signum, frame):
    global stop
    stop = True


def emit(**message):
    print(json.dumps(message), flush=True)


signal.signal(signal.SIGTERM, on_term)
emit(type="phase", phase="training", message="3000 steps")
for step in range(1, 3001):
    time.sleep(0.2)
    emit(type="step", step=step, total_steps=3000, epoch=1, loss=2.0 / step, accuracy=0.5, lr=1e-4,
         tokens_per_second=1280.0, step_seconds=0.2)
    if stop:
        emit(type="failure", code="CANCELLED", message="cancelled after step %d" % step)
        sys.exit(130)
sys.exit(1)
