"""Writes engine/src/test/resources/causal-tiny/: the smallest llama directory the engine's tests run.

Run once by hand (the tests never run Python):
    python3 engine/src/test/python/make_tiny_causal.py
It needs torch and transformers (5.x) and downloads nothing. The tokenizer is the llama parity
fixture's (peft-runtime/src/test/resources/causal/llama/tokenizer.json, a byte-level BPE of 320
tokens); the model is random, one layer of width 16, about 30 KB.
"""
import pathlib
import shutil

import torch
from transformers import AutoConfig, AutoModelForCausalLM

ROOT = pathlib.Path(__file__).resolve().parents[4]
OUT = ROOT / "engine/src/test/resources/causal-tiny"
TOKENIZER = ROOT / "peft-runtime/src/test/resources/causal/llama/tokenizer.json"


def main():
    torch.manual_seed(11)
    config = AutoConfig.for_model("llama", vocab_size=320, hidden_size=16, intermediate_size=32,
                                  num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1,
                                  max_position_embeddings=512, tie_word_embeddings=True,
                                  bos_token_id=1, eos_token_id=1, pad_token_id=0)
    model = AutoModelForCausalLM.from_config(config)
    shutil.rmtree(OUT, ignore_errors=True)
    model.save_pretrained(OUT)
    (OUT / "generation_config.json").unlink(missing_ok=True)
    shutil.copy(TOKENIZER, OUT / "tokenizer.json")
    print("wrote", OUT, sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
