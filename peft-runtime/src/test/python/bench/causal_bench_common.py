"""What the two causal-LM training anchors share: the work (users' rows of prompt and label token
ids), the fixed training settings, the peak-RSS probe and the result line the Java benchmark reads.

The work comes from a JSON file the Java benchmark writes (--data; the very token ids peftu trains
on), or, to run an anchor on its own, is drawn at random in the same shape (--users, --texts,
--prompt-tokens, --label-tokens): equal work means equal shapes, since the values of the ids do
not change the time a step takes.
"""
import argparse
import json
import os
import pathlib
import random
import resource
import time

import torch

# the training every contender does: PEFT-U's batch of 8, one epoch, LoRA r=8 alpha=32 dropout 0.1
# on q_proj and v_proj, AdamW at peftu's LoRA learning rate
BATCH = 8
EPOCHS = 1
RANK = 8
ALPHA = 32
DROPOUT = 0.1
TARGETS = ["q_proj", "v_proj"]
LEARNING_RATE = 2e-3

STATUS = pathlib.Path("/proc/self/status")
CLEAR_REFS = pathlib.Path("/proc/self/clear_refs")


def arguments(description, cohorts=False):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("model", help="Hugging Face model directory (config.json, model.safetensors)")
    parser.add_argument("--data", help="JSON of the users' token ids, as the Java benchmark writes it")
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--texts", type=int, default=48, help="training texts per user")
    parser.add_argument("--prompt-tokens", type=int, default=32)
    parser.add_argument("--label-tokens", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    if cohorts:
        parser.add_argument("--cohorts", type=int, nargs="+", default=[1, 8, 16, 32])
        parser.add_argument("--rows-per-pass", type=int, default=128,
                            help="most rows of one forward/backward pass (whole users), as peftu's passes")
    return parser.parse_args()


def device():
    return os.environ.get("DEV", "cuda" if torch.cuda.is_available() else "cpu")


def synchronize(dev):
    if dev.startswith("cuda"):
        torch.cuda.synchronize()


def users(args, vocab):
    """Each user's rows as (prompt ids, label ids) pairs."""
    if args.data:
        data = json.loads(pathlib.Path(args.data).read_text())
        return [[(row["prompt"], row["label"]) for row in user["rows"]] for user in data["users"]]
    rng = random.Random(args.seed)
    # ids 0 to 2 are <pad> <s> </s>: every prompt starts with <s>, as the tokenizer puts it there
    draw = lambda n: [rng.randrange(3, vocab) for _ in range(n)]
    return [[([1] + draw(args.prompt_tokens - 1), draw(args.label_tokens)) for _ in range(args.texts)]
            for _ in range(args.users)]


def batches(rows):
    return [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]


def tokens(rows):
    """Real tokens of the training sequences: prompt and label words."""
    return sum(len(prompt) + len(label) for prompt, label in rows)


def reset_peaks(dev):
    """Makes VmHWM the current RSS (and resets the GPU's peak), so that the next reading is this
    section's peak; False if the kernel refused."""
    if dev.startswith("cuda"):
        torch.cuda.reset_peak_memory_stats()
    try:
        CLEAR_REFS.write_text("5")
        return True
    except OSError:
        return False


def peak_rss_bytes():
    try:
        for line in STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Clock:
    """Wall clock of a timed section, synchronised with the device."""

    def __init__(self, dev):
        self.dev = dev
        synchronize(dev)
        self.start = time.perf_counter()

    def seconds(self):
        synchronize(self.dev)
        return time.perf_counter() - self.start


def report(anchor, cohort, user_rows, steps, seconds, dev, rss_resettable):
    """Prints a readable line and the RESULT line the Java benchmark reads."""
    count = len(user_rows)
    total = sum(tokens(rows) for rows in user_rows)
    rss = peak_rss_bytes()
    gpu = ""
    if dev.startswith("cuda"):
        gpu = f", GPU peak {torch.cuda.max_memory_allocated() / 2 ** 20:.0f} MB"
    print(f"{anchor} cohort={cohort}: {count} users, {steps} steps, {total} tokens in {seconds:.2f} s on {dev} "
          f"(torch {torch.__version__}, {torch.get_num_threads()} threads): {count * 60 / seconds:.1f} users/min, "
          f"{total / seconds:.0f} tokens/s, RSS peak {rss / 2 ** 20:.0f} MB"
          f"{'' if rss_resettable else ' (lifetime peak: /proc/self/clear_refs refused)'}{gpu}", flush=True)
    print(f"RESULT anchor={anchor} cohort={cohort} users={count} steps={steps} tokens={total} "
          f"seconds={seconds:.6f} rss_peak_bytes={rss}", flush=True)
