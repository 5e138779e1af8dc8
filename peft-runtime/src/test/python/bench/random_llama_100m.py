"""Writes a random Llama-shaped Hugging Face model directory for the causal-LM training benchmark.

    python3 random_llama_100m.py OUT_DIR [--vocab 16000 --hidden 768 --layers 12 --heads 12
                                          --kv-heads 12 --intermediate 2048 --seed 7]

The defaults give about 97M parameters (12 layers of width 768 with an FFN of 2048, 16000
tokens, tied embeddings), the size of the benchmark; a tiny one for smoke runs, about 2M:
    python3 random_llama_100m.py /tmp/llama-2m --vocab 2048 --hidden 256 --layers 2 --heads 4 \
        --kv-heads 4 --intermediate 688

The directory holds config.json, model.safetensors (float32, written by transformers'
save_pretrained) and tokenizer.json: a byte-level BPE trained here with the tokenizers package on
generated text of made-up words (so that most words are one token each), with <pad> <s> </s> as
ids 0 1 2 and <s> put before every encoded text, as Llama's tokenizer does. Nothing is
downloaded. The weights are random (transformers' initialisation from the seed): the benchmark
measures speed, not what the model says.
"""
import argparse
import pathlib
import random
import shutil

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import AutoConfig, AutoModelForCausalLM

SPECIAL = ["<pad>", "<s>", "</s>"]
CONSONANTS = "bcdfghjklmnprstvwz"
VOWELS = "aeiou"
# words every prompt and label of the benchmark uses, so that they are single tokens too
FIXED_WORDS = ["Text", "Answer", "positive", "negative", "neutral", "yes", "no", "the", "a", "of"]


def made_up_words(count, rng):
    """Distinct pronounceable words of two to four syllables."""
    words = set()
    while len(words) < count:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables)))
    return sorted(words)


def corpus(vocab, rng):
    """Lines of made-up words, Zipf-like frequencies, plus prompt-shaped lines."""
    words = made_up_words(max(200, vocab), rng)
    weights = [1.0 / (rank + 10) for rank in range(len(words))]
    lines = []
    for _ in range(max(2000, vocab * 3)):
        sentence = " ".join(rng.choices(words, weights, k=12))
        lines.append("Text: " + sentence + "\nAnswer: " + rng.choice(FIXED_WORDS[2:]))
    return lines


def tokenizer(vocab, rng):
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab, special_tokens=SPECIAL, min_frequency=2,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(corpus(vocab, rng), trainer)
    tok.post_processor = processors.TemplateProcessing(single="<s> $A", pair="<s> $A <s> $B",
                                                       special_tokens=[("<s>", SPECIAL.index("<s>"))])
    return tok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--vocab", type=int, default=16000)
    parser.add_argument("--hidden", type=int, default=768)
    parser.add_argument("--layers", type=int, default=12)
    parser.add_argument("--heads", type=int, default=12)
    parser.add_argument("--kv-heads", type=int, default=12)
    parser.add_argument("--intermediate", type=int, default=2048)
    parser.add_argument("--max-positions", type=int, default=2048)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    rng = random.Random(args.seed)
    tok = tokenizer(args.vocab, rng)
    torch.manual_seed(args.seed)
    # the model's vocabulary is the asked size even where the BPE stops short of it, as real
    # checkpoints round theirs up: the unused rows cost what they would cost in a real model
    config = AutoConfig.for_model(
        "llama", vocab_size=args.vocab, hidden_size=args.hidden, num_hidden_layers=args.layers,
        num_attention_heads=args.heads, num_key_value_heads=args.kv_heads, intermediate_size=args.intermediate,
        max_position_embeddings=args.max_positions, tie_word_embeddings=True, rms_norm_eps=1e-5,
        pad_token_id=SPECIAL.index("<pad>"), bos_token_id=SPECIAL.index("<s>"), eos_token_id=SPECIAL.index("</s>"))
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    model.save_pretrained(out)
    (out / "generation_config.json").unlink(missing_ok=True)
    tok.save(str(out / "tokenizer.json"))
    parameters = sum(p.numel() for p in model.parameters())
    print(f"wrote {out}: llama, {parameters / 1e6:.1f}M parameters ({args.layers} layers, hidden {args.hidden}, "
          f"FFN {args.intermediate}, {args.heads} heads / {args.kv_heads} kv), vocabulary {args.vocab} "
          f"({tok.get_vocab_size()} in the BPE); files {sorted(p.name for p in out.iterdir())}")


if __name__ == "__main__":
    main()
