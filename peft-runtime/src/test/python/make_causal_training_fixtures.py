"""Writes expected-training.json into each causal-LM fixture directory under
peft-runtime/src/test/resources/causal/ (written by make_causal_fixtures.py, which this script
only reads: it never rewrites a fixture's model, tokenizer or expected.json).

Run once by hand (the tests never run Python):
    python3 peft-runtime/src/test/python/make_causal_training_fixtures.py
It needs torch, transformers (5.x) and peft (0.21), and downloads nothing.

For a prompt template and label words of different token lengths, each fixture's file holds:
- the token ids: each filled prompt encoded with the special tokens tokenizer.json defines, each
  label's words encoded alone without them (PreTrainedTokenizerFast on the fixture's tokenizer.json);
- the label scores transformers computes in float32 (eager attention) for every prompt and label,
  SUM and MEAN: the log-softmax log-likelihoods of the label's tokens after the prompt's, summed
  or averaged, each prompt-and-label sequence run on its own (no padding);
- LoRA starting weights (r 4, alpha 8, q_proj and v_proj, dropout 0), lora_A and lora_B both
  non-zero and drawn from a fixed seed, keyed as HF PEFT stores them;
- the gold labels, and for each label score (SUM, MEAN) the loss peftu trains with and the
  gradient HF PEFT's LoRA model gives every lora_A and lora_B for it: the mean over the batch's
  rows of the negated score of the row's gold label's words after its prompt.
"""
import json
import pathlib

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, PreTrainedTokenizerFast

ROOT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "causal"
NAMES = ["llama", "mistral", "qwen2", "qwen3"]
TEMPLATE = "Review: {text}\nAnswer:"
LABELS = ["yes", "no"]
VERBALIZATIONS = {"yes": " yes", "no": " not at all"}
EXTRA_TEXT = "Terrible service."
GOLD = ["yes", "no", "no", "yes"]
RANK, ALPHA = 4, 8
TARGETS = ["q_proj", "v_proj"]
SEED = 2024


def rounded(values, digits=7):
    if isinstance(values, list):
        return [rounded(v, digits) for v in values]
    return round(float(values), digits)


def significant(values, digits=7):
    """Rounds to significant digits: gradients span several orders of magnitude."""
    if isinstance(values, list):
        return [significant(v, digits) for v in values]
    return float(f"{float(values):.{digits}g}")


def score(model, prompt, words, mean):
    ids = torch.tensor([prompt + words])
    logits = model(input_ids=ids, attention_mask=torch.ones_like(ids)).logits[0]
    start = len(prompt) - 1
    log_probabilities = torch.log_softmax(logits[start:start + len(words)], dim=-1)
    picked = log_probabilities[torch.arange(len(words)), torch.tensor(words)]
    return picked.mean() if mean else picked.sum()


def lora_starts(peft_model):
    """Fixed non-zero lora_A and lora_B, drawn in the order of the stored names."""
    generator = torch.Generator().manual_seed(SEED)
    starts = {}
    for name, parameter in peft_model.named_parameters():
        if "lora_" not in name:
            continue
        values = 0.2 * torch.randn(parameter.shape, generator=generator)
        starts[name.replace(".default", "")] = rounded(values.tolist())
    return starts


def write(name):
    directory = ROOT / name
    texts = json.loads((directory / "expected.json").read_text())["texts"] + [EXTRA_TEXT]
    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(directory / "tokenizer.json"))
    prompts = [tokenizer(TEMPLATE.replace("{text}", text), add_special_tokens=True)["input_ids"] for text in texts]
    words = [tokenizer(VERBALIZATIONS[label], add_special_tokens=False)["input_ids"] for label in LABELS]
    model = AutoModelForCausalLM.from_pretrained(directory, dtype=torch.float32, attn_implementation="eager")
    model.eval()
    scores = {}
    with torch.no_grad():
        for kind in ("sum", "mean"):
            scores[kind] = [[rounded(score(model, prompt, label, kind == "mean").item()) for label in words]
                            for prompt in prompts]

    peft_model = get_peft_model(model, LoraConfig(r=RANK, lora_alpha=ALPHA, lora_dropout=0.0,
                                                  target_modules=TARGETS, task_type="CAUSAL_LM"))
    peft_model.eval()
    starts = lora_starts(peft_model)
    lora = dict(peft_model.named_parameters())
    with torch.no_grad():
        for key, values in starts.items():
            parameter = lora[key.replace(".lora_A.", ".lora_A.default.").replace(".lora_B.", ".lora_B.default.")]
            parameter.copy_(torch.tensor(values, dtype=torch.float32))
    training = {}
    for kind in ("sum", "mean"):
        peft_model.zero_grad()
        losses = [-score(peft_model, prompt, words[LABELS.index(gold)], kind == "mean")
                  for prompt, gold in zip(prompts, GOLD)]
        loss = torch.stack(losses).mean()
        loss.backward()
        gradients = {}
        for key, parameter in peft_model.named_parameters():
            if parameter.requires_grad:
                gradients[key.replace(".default", "")] = significant(parameter.grad.tolist())
        largest = max(max(abs(v) for row in g for v in row) for g in gradients.values())
        training[kind] = {"loss": rounded(loss.item()), "gradients": gradients}
        print(name, kind, "loss", round(loss.item(), 4), "largest gradient", largest)

    expected = {"template": TEMPLATE, "labels": LABELS, "verbalizations": [VERBALIZATIONS[l] for l in LABELS],
                "texts": texts, "prompt_ids": prompts, "label_ids": words, "scores": scores,
                "lora": {"r": RANK, "alpha": ALPHA, "dropout": 0.0, "targets": TARGETS, "weights": starts},
                "gold": GOLD, "training": training}
    (directory / "expected-training.json").write_text(json.dumps(expected) + "\n")


if __name__ == "__main__":
    torch.set_num_threads(1)
    for fixture in NAMES:
        write(fixture)
