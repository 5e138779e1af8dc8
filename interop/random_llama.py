"""Writes a Llama-family directory of random weights with Hugging Face transformers, for the generative interop check.

    python3 interop/random_llama.py DIRECTORY BOARD_DATA_JSON

The model is none of the committed parity fixtures: a llama of three layers (width 96, grouped-query
attention with 6 query and 2 key/value heads, Llama 3's rope_scaling, untied output embeddings),
saved by save_pretrained in bf16 as the Hub's Llama checkpoints are. Its tokenizer.json is a
byte-level BPE trained on the board's texts whose post-processor puts a BOS token before every
encoded text, as Llama's does, so the prompt is encoded with special tokens and the label words
without. Nothing is downloaded.
"""
import argparse
import json
import pathlib
import shutil

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import AutoConfig, AutoModelForCausalLM

BOS = "<|begin_of_text|>"
PAD = "<|pad|>"
SEED = 2026


def tokenizer(texts):
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=600, special_tokens=[PAD, BOS],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(texts, trainer)
    bos = tok.token_to_id(BOS)
    tok.post_processor = processors.TemplateProcessing(single=f"{BOS} $A", pair=f"{BOS} $A $B",
                                                       special_tokens=[(BOS, bos)])
    return tok


def board_texts(data_file):
    data = json.loads(pathlib.Path(data_file).read_text())
    return [example["text"] for user in data.values() for split in user.values() for example in split.values()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("data", type=pathlib.Path)
    args = parser.parse_args()
    shutil.rmtree(args.directory, ignore_errors=True)
    args.directory.mkdir(parents=True)
    tok = tokenizer(board_texts(args.data) + ["Is this post offensive? Answer: yes no"])
    tok.save(str(args.directory / "tokenizer.json"))
    torch.manual_seed(SEED)
    config = AutoConfig.for_model("llama", vocab_size=tok.get_vocab_size(), hidden_size=96, intermediate_size=192,
                                  num_hidden_layers=3, num_attention_heads=6, num_key_value_heads=2,
                                  max_position_embeddings=256, tie_word_embeddings=False, initializer_range=0.1,
                                  bos_token_id=tok.token_to_id(BOS), pad_token_id=tok.token_to_id(PAD),
                                  rope_parameters={"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0,
                                                   "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                                                   "original_max_position_embeddings": 32})
    model = AutoModelForCausalLM.from_config(config).to(torch.bfloat16)
    model.save_pretrained(args.directory)
    (args.directory / "generation_config.json").unlink(missing_ok=True)
    print("random llama:", args.directory, sorted(p.name for p in args.directory.iterdir()),
          f"{sum(p.numel() for p in model.parameters())} parameters")


if __name__ == "__main__":
    main()
