"""Writes the interop check's synthetic board, a PEFT-U dataset small enough for CI: three users who
label the same 100 short texts by different words: 40 training, 10 validation and 50 test texts each.
Deterministic; run once by hand to rewrite plugin/src/it/export/src/test/data/board:

    python3 interop/synthetic_board.py
"""
import itertools
import json
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parent.parent / "plugin/src/it/export/src/test/data/board"
TOPICS = ["the bike lane", "the school budget", "the stadium plan", "the tax cut", "the new park"]
TONES = ["is a bold move", "is a total disaster", "is a fair idea", "is a waste of money", "is long overdue"]
TARGETS = ["for the city", "for small shops", "for students", "for local families"]
# each user calls a text offensive for words of its own
OFFENDED_BY = {"ana": {"disaster", "waste", "shops"}, "ben": {"stadium", "tax", "students"},
               "cy": {"bold", "park", "city"}}

random.seed(23)
texts = [" ".join(parts) for parts in itertools.product(TOPICS, TONES, TARGETS)]
random.shuffle(texts)
splits = {"train": texts[:40], "val": texts[40:50], "test": texts[50:]}
data = {}
for user, words in OFFENDED_BY.items():
    data[user] = {}
    for split, chosen in splits.items():
        data[user][split] = {}
        for index, text in enumerate(chosen):
            label = "offensive" if set(text.split()) & words else "fine"
            data[user][split][f"{split}-{index}"] = {"text": text, "label": [label]}
OUT.mkdir(parents=True, exist_ok=True)
(OUT / "task.json").write_text(json.dumps({"labels": ["offensive", "fine"], "multi_label": False,
                                           "instruction": "Is the text offensive to the annotator?"}) + "\n")
(OUT / "data.json").write_text(json.dumps(data, indent=1) + "\n")
