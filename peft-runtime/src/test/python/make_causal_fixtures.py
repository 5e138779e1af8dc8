"""Writes the causal-LM parity fixtures under peft-runtime/src/test/resources/causal/.

Run once by hand (the tests never run Python):
    python3 peft-runtime/src/test/python/make_causal_fixtures.py
It needs torch, transformers (5.x) and tokenizers, and downloads nothing.

Each fixture directory holds a tiny random model written by transformers' save_pretrained
(config.json, model.safetensors or shards with model.safetensors.index.json), a byte-level BPE
tokenizer.json, and expected.json: a right-padded batch of token ids, its attention mask and the
logits transformers computes in float32 after reloading the saved files (so a model stored in
bf16 or f16 is compared as its rounded weights read back into float32).
"""
import json
import pathlib
import shutil

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import AutoConfig, AutoModelForCausalLM

ROOT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "causal"
CORPUS = [
    "The quick brown fox jumps over the lazy dog.",
    "I loved this film, the acting was superb and the story moving.",
    "Terrible service; I will never come back to this restaurant again.",
    "Personalized models adapt to each user's own labels and style.",
    "Is this review positive, negative or neutral? Answer with one word.",
]
TEXTS = [
    "I loved this film!",
    "Never again.",
    "The story was moving and the acting superb, truly.",
]
PAD_ID = 0
SMALL = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
             num_key_value_heads=2, initializer_range=0.1, max_position_embeddings=256)


def tokenizer():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=320, special_tokens=["<|pad|>", "<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(CORPUS, trainer)
    return tok


def batch(tok):
    rows = [tok.encode(text).ids for text in TEXTS]
    length = max(len(row) for row in rows)
    ids = [row + [PAD_ID] * (length - len(row)) for row in rows]
    mask = [[1] * len(row) + [0] * (length - len(row)) for row in rows]
    return ids, mask


def randomize(model, seed):
    """Makes every norm weight and bias non-trivial, so that parity checks each of them."""
    generator = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "norm" in name:
                parameter.copy_(1 + 0.2 * torch.randn(parameter.shape, generator=generator))
            elif name.endswith(".bias"):
                parameter.copy_(0.1 * torch.randn(parameter.shape, generator=generator))


def write(name, model_type, seed, dtype=torch.float32, max_shard_size=None, legacy_rope=None, **config):
    directory = ROOT / name
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    tok = tokenizer()
    tok.save(str(directory / "tokenizer.json"))
    torch.manual_seed(seed)
    cfg = AutoConfig.for_model(model_type, vocab_size=tok.get_vocab_size(), pad_token_id=PAD_ID,
                               **SMALL, **config)
    model = AutoModelForCausalLM.from_config(cfg, attn_implementation="eager")
    randomize(model, seed)
    model = model.to(dtype)
    kwargs = {} if max_shard_size is None else {"max_shard_size": max_shard_size}
    model.save_pretrained(directory, **kwargs)
    if legacy_rope is not None:
        # the layout of Hub checkpoints written before transformers 5: rope_theta and rope_scaling
        config_file = directory / "config.json"
        written = json.loads(config_file.read_text())
        written.pop("rope_parameters")
        written.update(legacy_rope)
        config_file.write_text(json.dumps(written, indent=2, sort_keys=True) + "\n")
    reloaded = AutoModelForCausalLM.from_pretrained(directory, dtype=torch.float32, attn_implementation="eager")
    reloaded.eval()
    ids, mask = batch(tok)
    with torch.no_grad():
        logits = reloaded(input_ids=torch.tensor(ids), attention_mask=torch.tensor(mask)).logits
    expected = {"texts": TEXTS, "input_ids": ids, "attention_mask": mask,
                "logits": [[[round(v, 7) for v in position] for position in row] for row in logits.tolist()]}
    (directory / "expected.json").write_text(json.dumps(expected) + "\n")
    print(name, sorted(p.name for p in directory.iterdir()), "logit std", float(logits.std()))


if __name__ == "__main__":
    write("llama", "llama", 11, tie_word_embeddings=True,
          legacy_rope={"rope_theta": 50000.0,
                       "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                                        "high_freq_factor": 4.0, "original_max_position_embeddings": 16}})
    # a window shorter than the longest row, so that parity covers the sliding-window mask
    write("mistral", "mistral", 12, tie_word_embeddings=False, max_shard_size="60KB", sliding_window=5)
    write("qwen2", "qwen2", 13, dtype=torch.bfloat16, tie_word_embeddings=True)
    write("qwen3", "qwen3", 14, dtype=torch.float16, tie_word_embeddings=False, head_dim=24)
