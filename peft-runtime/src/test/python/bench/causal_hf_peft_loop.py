"""Anchor (a) of the causal-LM training benchmark: the way PEFT-U and OPPU train, one user at a time
with Hugging Face transformers + peft.

    python3 causal_hf_peft_loop.py MODEL_DIR --data USERS.json
    python3 causal_hf_peft_loop.py MODEL_DIR --users 32 --texts 48 --prompt-tokens 32   # on its own
    DEV=cuda python3 causal_hf_peft_loop.py ...                                          # on a GPU

For every user: a fresh get_peft_model(deepcopy(base), LoraConfig(r=8, lora_alpha=32,
lora_dropout=0.1, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")), AdamW, batches of
8 of the user's texts, one epoch; each sequence is the prompt followed by the gold label's words,
and the loss is the model's own language-modelling loss with the prompt's labels set to -100, so
that only the label words count. The first user is trained once untimed (warm-up); then every
user is trained and timed, the copy of the base model and the injection included, as those
scripts pay them per user. Prints users per minute, tokens per second (prompt and label tokens)
and the peak RSS of the timed section (base model included).
"""
import copy

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM

import causal_bench_common as common


def batch_tensors(batch, pad_id, dev):
    """Right-padded ids, attention mask and labels (-100 on the prompt and the padding)."""
    length = max(len(prompt) + len(label) for prompt, label in batch)
    ids, mask, labels = [], [], []
    for prompt, label in batch:
        sequence = prompt + label
        padding = length - len(sequence)
        ids.append(sequence + [pad_id] * padding)
        mask.append([1] * len(sequence) + [0] * padding)
        labels.append([-100] * len(prompt) + label + [-100] * padding)
    return (torch.tensor(ids, device=dev), torch.tensor(mask, device=dev), torch.tensor(labels, device=dev))


def train_user(base, batches):
    config = LoraConfig(r=common.RANK, lora_alpha=common.ALPHA, lora_dropout=common.DROPOUT,
                        target_modules=common.TARGETS, task_type="CAUSAL_LM")
    model = get_peft_model(copy.deepcopy(base), config)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=common.LEARNING_RATE)
    model.train()
    for _ in range(common.EPOCHS):
        for ids, mask, labels in batches:
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    return model


def main():
    args = common.arguments(__doc__.split("\n\n")[0])
    dev = common.device()
    torch.manual_seed(args.seed)
    base = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.float32).to(dev)
    pad_id = base.config.pad_token_id if base.config.pad_token_id is not None else 0
    user_rows = common.users(args, base.config.vocab_size)
    user_batches = [[batch_tensors(b, pad_id, dev) for b in common.batches(rows)] for rows in user_rows]
    train_user(base, user_batches[0])
    resettable = common.reset_peaks(dev)
    clock = common.Clock(dev)
    for batches in user_batches:
        train_user(base, batches)
    seconds = clock.seconds()
    steps = sum(len(b) for b in user_batches) * common.EPOCHS
    common.report("hf-peft", 1, user_rows, steps, seconds, dev, resettable)


if __name__ == "__main__":
    main()
