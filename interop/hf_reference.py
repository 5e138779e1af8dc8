"""Writes what HF PEFT itself saves for each of its methods on all-MiniLM-L6-v2's architecture,
with peftu's default settings, as the test resources peftu's layout is compared against:
peft-runtime/src/test/resources/hf-peft-reference/<method>/adapter_config.json and keys.txt
(one "name shape" line per tensor). Run once by hand when peft or the defaults change:

    python3 interop/hf_reference.py
"""
import json
import pathlib
import tempfile

import torch
from peft import (IA3Config, LoraConfig, PrefixTuningConfig, PromptEncoderConfig, PromptTuningConfig, TaskType,
                  get_peft_model)
from safetensors import safe_open
from transformers import BertConfig, BertForSequenceClassification

OUT = pathlib.Path(__file__).resolve().parent.parent / "peft-runtime/src/test/resources/hf-peft-reference"
MINILM = BertConfig(vocab_size=30522, hidden_size=384, num_hidden_layers=6, num_attention_heads=12,
                    intermediate_size=1536, max_position_embeddings=512, type_vocab_size=2, layer_norm_eps=1e-12,
                    num_labels=2)
SEQ_CLS = TaskType.SEQ_CLS
METHODS = {
    "lora": LoraConfig(task_type=SEQ_CLS, r=8, lora_alpha=32, lora_dropout=0.1, target_modules=["query", "value"]),
    "ia3": IA3Config(task_type=SEQ_CLS),
    "prompt-tuning": PromptTuningConfig(task_type=SEQ_CLS, num_virtual_tokens=20),
    "prefix-tuning": PrefixTuningConfig(task_type=SEQ_CLS, num_virtual_tokens=20),
    "p-tuning": PromptEncoderConfig(task_type=SEQ_CLS, num_virtual_tokens=20, encoder_hidden_size=384),
}

for name, config in METHODS.items():
    torch.manual_seed(0)
    model = get_peft_model(BertForSequenceClassification(MINILM), config)
    with tempfile.TemporaryDirectory() as saved:
        model.save_pretrained(saved)
        written = json.loads(pathlib.Path(saved, "adapter_config.json").read_text())
        with safe_open(pathlib.Path(saved, "adapter_model.safetensors"), "pt") as tensors:
            keys = sorted(f"{key} {list(tensors.get_slice(key).get_shape())}" for key in tensors.keys())
    target = OUT / name
    target.mkdir(parents=True, exist_ok=True)
    (target / "adapter_config.json").write_text(json.dumps(written, indent=2, sort_keys=True) + "\n")
    (target / "keys.txt").write_text("\n".join(keys) + "\n")
    print(name, len(keys), "tensors")
