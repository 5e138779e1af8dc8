"""The interop check: every module `mvn peftu:export` wrote predicts in Python what peftu recorded.

For every module of the export (every method, every user) it predicts every test example of the
user in Python and compares whether the prediction is right with the outcome results.json
records: PeftModel.from_pretrained for the methods HF PEFT has (and PeftConfig.from_pretrained
must parse their adapter_config.json), the export's peftu_loader for the others. It prints a
table and a closing line "N passed, M failed" (examples), and exits 1 on any failure.

    python3 interop/check_export.py PROJECT   # a project after `mvn verify peftu:export`

PROJECT holds target/peftu/results.json, target/peftu/export/ and the PEFT-U dataset the board
read (src/test/data/board: the test texts and their gold labels).
"""
import argparse
import json
import pathlib
import sys

import warnings

from transformers.utils import logging as transformers_logging


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=pathlib.Path)
    parser.add_argument("--dataset", default="src/test/data/board/data.json")
    args = parser.parse_args()
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    # PeftConfig names the fields HF PEFT does not know (peftu_labels ...), which it ignores
    warnings.filterwarnings("ignore", message="Unexpected keyword arguments")
    export = args.project / "target/peftu/export"
    sys.path.insert(0, str(export))
    import peftu_loader
    from peft import PeftConfig

    results = json.loads((args.project / "target/peftu/results.json").read_text())
    data = json.loads((args.project / args.dataset).read_text())
    index = json.loads((export / "peftu_export.json").read_text())
    recorded = {}
    max_length = {}
    for benchmark in results["benchmarks"]:
        max_length[benchmark["name"]] = benchmark["configuration"]["maxLength"]
        for method in benchmark["methods"]:
            for user in method["users"]:
                recorded[(benchmark["name"], method["name"], user["user"])] = user["examples"]

    rows = {}
    for entry in index["modules"]:
        key = (entry["benchmark"], entry["label"], entry["user"])
        directory = export / entry["directory"]
        config = json.loads((directory / "adapter_config.json").read_text())
        hf = config["peft_type"] in peftu_loader.HF_PEFT_TYPES
        row = rows.setdefault(entry["label"], {"type": config["peft_type"], "users": 0, "examples": 0, "agree": 0,
                                               "configs": 0, "via": "PeftModel" if hf else "peftu_loader"})
        if hf:
            PeftConfig.from_pretrained(str(directory))
            row["configs"] += 1
        module = peftu_loader.load(directory)
        outcomes = recorded[key]
        tests = data[entry["user"]]["test"]
        ids = sorted(outcomes)
        predicted = module.predict([tests[i]["text"] for i in ids], max_length[entry["benchmark"]])
        row["users"] += 1
        for example, label in zip(ids, predicted):
            row["examples"] += 1
            if (label in tests[example]["label"]) == outcomes[example]:
                row["agree"] += 1
            else:
                print(f"DISAGREES: {entry['directory']} example {example}: predicted {label},"
                      f" results.json records {'right' if outcomes[example] else 'wrong'}")

    print(f"{'method':<14} {'peft_type':<14} {'loaded by':<13} {'users':>5} {'PeftConfig':>10} {'examples':>8}"
          f" {'agree':>6}")
    for label, row in rows.items():
        configs = str(row["configs"]) if row["via"] == "PeftModel" else "-"
        print(f"{label:<14} {row['type']:<14} {row['via']:<13} {row['users']:>5} {configs:>10} {row['examples']:>8}"
              f" {row['agree'] / row['examples']:>6.1%}")
    passed = sum(row["agree"] for row in rows.values())
    failed = sum(row["examples"] - row["agree"] for row in rows.values())
    missing = sorted({label for (_, label, _) in recorded} - set(rows))
    if missing:
        print(f"methods in results.json but not in the export: {missing}")
    print(f"{passed} passed, {failed} failed ({len(index['modules'])} modules, {len(rows)} methods)")
    return 1 if failed or missing or not rows else 0


if __name__ == "__main__":
    sys.exit(main())
