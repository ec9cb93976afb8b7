"""Replays a recorded trainer stdout file, then writes the given stderr lines and exits with the given code.

usage: replay.py STDOUT_FILE EXIT_CODE [STDERR_LINE ...]
"""
import sys

with open(sys.argv[1], encoding="utf-8") as recorded:
    for line in recorded:
        sys.stdout.write(line)
        sys.stdout.flush()
for line in sys.argv[3:]:
    sys.stderr.write(line + "\n")
sys.exit(int(sys.argv[2]))
