"""The generative interop check: peftu's modules on a causal LM predict in Python what results.json records.

For every module of the HF PEFT types (LoRA, IA3, prompt, prefix and p-tuning) that the plugin's `generative`
integration project stored, it loads PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base),
module), puts each test text of the user in the template adapter_config.json records, scores every
label by the summed (or, where recorded, mean) log-likelihood of its verbalization's tokens after
the prompt, and compares whether the most likely label is right with the outcome results.json
records. It prints a table and a closing line "N passed, M failed" (examples), and exits 1 on any
failure.

    python3 interop/check_generative.py PROJECT MODEL DATA_JSON

PROJECT holds target/peftu/results.json and target/peftu/modules/; MODEL is the base model directory
the project ran on; DATA_JSON is the PEFT-U board it read (the test texts and their gold labels).
"""
import argparse
import json
import pathlib
import sys
import urllib.parse
import warnings

import torch
from transformers import AutoModelForCausalLM, PreTrainedTokenizerFast
from transformers.utils import logging as transformers_logging

BENCHMARK = "generative"
METHODS = ("lora", "ia3", "prompt-tuning", "prefix-tuning", "p-tuning")


def label_scores(model, tokenizer, config, text):
    """Every label's score after the filled prompt, in the order of peftu_labels."""
    prompt = tokenizer(config["peftu_prompt_template"].replace("{text}", text))["input_ids"]
    scores = []
    for words in config["peftu_verbalizations"]:
        ids = tokenizer(words, add_special_tokens=False)["input_ids"]
        sequence = torch.tensor([prompt + ids])
        with torch.no_grad():
            logits = model(input_ids=sequence, attention_mask=torch.ones_like(sequence)).logits[0]
        # prompt tuning puts virtual tokens before the sequence: its own positions are the last ones
        own = logits[-sequence.shape[1]:].log_softmax(-1)
        token_scores = own[len(prompt) - 1:-1].gather(1, torch.tensor(ids)[:, None])
        score = token_scores.sum()
        if config["peftu_label_score"] == "mean":
            score = score / len(ids)
        scores.append(score.item())
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=pathlib.Path)
    parser.add_argument("model", type=pathlib.Path)
    parser.add_argument("data", type=pathlib.Path)
    args = parser.parse_args()
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    warnings.filterwarnings("ignore", message="Unexpected keyword arguments")
    from peft import PeftModel

    results = json.loads((args.project / "target/peftu/results.json").read_text())
    board = next(b for b in results["benchmarks"] if b["name"] == BENCHMARK)
    recorded = {(m["name"], u["user"]): u["examples"] for m in board["methods"] for u in m["users"]}
    data = json.loads(args.data.read_text())
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(args.model / "tokenizer.json"))
    store = args.project / "target/peftu/modules" / BENCHMARK

    rows = {}
    for method in METHODS:
        for directory in sorted(p for p in (store / method).iterdir() if p.is_dir()):
            user = urllib.parse.unquote(directory.name)
            config = json.loads((directory / "adapter_config.json").read_text())
            base = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32)
            model = PeftModel.from_pretrained(base, str(directory)).eval()
            row = rows.setdefault(method, {"type": config["peft_type"], "task": config["task_type"], "users": 0,
                                           "examples": 0, "agree": 0,
                                           "predicted": {label: 0 for label in config["peftu_labels"]},
                                           "margin": float("inf")})
            row["users"] += 1
            outcomes = recorded[(method, user)]
            tests = data[user]["test"]
            for example in sorted(outcomes):
                scores = label_scores(model, tokenizer, config, tests[example]["text"])
                predicted = config["peftu_labels"][max(range(len(scores)), key=scores.__getitem__)]
                row["predicted"][predicted] += 1
                ranked = sorted(scores, reverse=True)
                row["margin"] = min(row["margin"], ranked[0] - ranked[1])
                row["examples"] += 1
                if (predicted in tests[example]["label"]) == outcomes[example]:
                    row["agree"] += 1
                else:
                    print(f"DISAGREES: {method}/{directory.name} example {example}: predicted {predicted}"
                          f" (scores {scores}), results.json records {'right' if outcomes[example] else 'wrong'}")

    print(f"{'method':<14} {'peft_type':<14} {'task_type':<10} {'users':>5} {'examples':>8} {'agree':>6}"
          f"  {'predicted in Python':<24} {'least margin':>12}")
    for method, row in rows.items():
        predicted = " ".join(f"{label}={count}" for label, count in row["predicted"].items())
        print(f"{method:<14} {row['type']:<14} {row['task']:<10} {row['users']:>5} {row['examples']:>8}"
              f" {row['agree'] / row['examples']:>6.1%}  {predicted:<24} {row['margin']:>12.2e}")
    passed = sum(row["agree"] for row in rows.values())
    failed = sum(row["examples"] - row["agree"] for row in rows.values())
    missing = [method for method in METHODS if method not in rows]
    if missing:
        print(f"methods without stored modules: {missing}")
    print(f"{passed} passed, {failed} failed ({sum(r['users'] for r in rows.values())} modules, {len(rows)} methods)")
    return 1 if failed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
