"""The round trip's Python half: LoRA modules written by HF PEFT itself, for peftu to read back.

For every user of the interop board it trains a LoRA on the exported base model (a few optimizer
steps on the user's training texts, from a seeded start), saves it with save_pretrained into
OUT/<user>/, and records in OUT/predictions.json the label it predicts in Python for each of the
user's test examples. peftu's HfRoundTripTest then reads the modules with its `stored` contender
and must predict the same labels.

    python3 interop/round_trip.py PROJECT OUT   # PROJECT as for check_export.py
"""
import argparse
import json
import pathlib
import sys

import torch
from transformers.utils import logging as transformers_logging

STEPS = 5


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=pathlib.Path)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--dataset", default="src/test/data/board")
    args = parser.parse_args()
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    export = args.project / "target/peftu/export"
    sys.path.insert(0, str(export))
    import peftu_loader
    from peft import LoraConfig, TaskType, get_peft_model

    board = args.project / args.dataset
    labels = json.loads((board / "task.json").read_text())["labels"]
    data = json.loads((board / "data.json").read_text())
    results = json.loads((args.project / "target/peftu/results.json").read_text())
    max_length = results["benchmarks"][0]["configuration"]["maxLength"]
    base = export / "base"
    predictions = {}
    for user, splits in data.items():
        torch.manual_seed(0)
        model = peftu_loader.MeanPooledBert.from_pretrained(base, num_labels=len(labels))
        lora = LoraConfig(task_type=TaskType.SEQ_CLS, r=8, lora_alpha=16, lora_dropout=0.0,
                          target_modules=["query", "value"])
        model = get_peft_model(model, lora)
        module = peftu_loader.Module(model, peftu_loader.AutoTokenizer.from_pretrained(base),
                                     {"peftu_labels": labels})
        train = list(splits["train"].values())
        batch = module.tokenizer([e["text"] for e in train], padding=True, truncation=True, max_length=max_length,
                                 return_tensors="pt")
        batch.pop("token_type_ids", None)
        gold = torch.tensor([labels.index(e["label"][0]) for e in train])
        model.train()
        optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=0.01)
        for _ in range(STEPS):
            optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(**batch).logits, gold)
            loss.backward()
            optimizer.step()
        model.eval()
        model.save_pretrained(args.out / user)
        tests = splits["test"]
        ids = sorted(tests)
        predicted = module.predict([tests[i]["text"] for i in ids], max_length)
        predictions[user] = dict(zip(ids, predicted))
        with model.disable_adapter():
            disabled = module.predict([tests[i]["text"] for i in ids], max_length)
        changed = sum(a != b for a, b in zip(predicted, disabled))
        print(f"{user}: {STEPS} steps (last loss {loss.item():.4f}), {len(ids)} test predictions,"
              f" {changed} of them other than with the module disabled")
    (args.out / "predictions.json").write_text(json.dumps(predictions, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
