"""Anchor (b) of the causal-LM training benchmark: the same work as causal_hf_peft_loop.py in plain
PyTorch, K users' LoRA modules trained together in one batched pass.

    python3 causal_torch_cohort.py MODEL_DIR --data USERS.json --cohorts 1 8 16 32
    python3 causal_torch_cohort.py MODEL_DIR --users 32 --texts 48 --prompt-tokens 32   # on its own
    DEV=cuda python3 causal_torch_cohort.py ...                                          # on a GPU

No transformers or peft: the Llama forward pass (RMSNorm, rotary positions, causal attention
through scaled_dot_product_attention, SwiGLU MLP, tied or separate output projection) is written
here on the frozen weights read with safetensors. Each user's LoRA (r=8, alpha=32, dropout 0.1 on
the update's input, q_proj and v_proj, A as PEFT initialises it, B zero) is one slice of stacked
A and B tensors; a step stacks batch s (8 texts) of every user of the cohort and applies each
user's update to that user's rows with a batched product (torch.bmm over users), in passes of at
most --rows-per-pass rows (whole users, 128 as peftu's passes) whose gradients add up before one
AdamW step for the cohort. The loss of a row is the negated log-likelihood of the gold label's
words after the prompt (the vocabulary projection runs only where a label token is predicted, as
in peftu), averaged over each user's rows, so every user's parameters get the gradient of that
user's own mean loss. K=1 is the one-user-at-a-time loop.

For each cohort size K: the first cohort trains once untimed (warm-up), then all users train in
cohorts of K, timed. Prints users per minute, tokens per second and the peak RSS of the timed
section (base model included), per K.
"""
import glob
import json
import math
import pathlib

import torch
import torch.nn.functional as F
from safetensors.torch import load_file

import causal_bench_common as common


class Llama:
    """The frozen model: its configuration and weights, and the forward pass with LoRA on q and v."""

    def __init__(self, directory, dev):
        config = json.loads((pathlib.Path(directory) / "config.json").read_text())
        if config.get("model_type") != "llama":
            raise SystemExit(f"{directory}: model_type {config.get('model_type')!r}, expected 'llama'")
        rope = config.get("rope_parameters") or {"rope_type": "default", **({"rope_theta": config["rope_theta"]}
                                                                            if "rope_theta" in config else {})}
        if (rope.get("rope_type") or "default") != "default" or config.get("rope_scaling"):
            raise SystemExit(f"{directory}: rotary scaling {rope}, expected the default rotary positions")
        self.hidden = config["hidden_size"]
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.kv_heads = config.get("num_key_value_heads") or self.heads
        self.head_dim = config.get("head_dim") or self.hidden // self.heads
        self.eps = config.get("rms_norm_eps", 1e-6)
        self.theta = rope.get("rope_theta", 10000.0)
        self.dev = dev
        weights = {}
        for file in sorted(glob.glob(str(pathlib.Path(directory) / "model*.safetensors"))):
            weights.update(load_file(file))
        self.w = {name: tensor.to(dev, torch.float32) for name, tensor in weights.items()}
        self.embed = self.w["model.embed_tokens.weight"]
        self.out = self.w.get("lm_head.weight", self.embed) if not config.get("tie_word_embeddings") else self.embed
        self.q_out = self.heads * self.head_dim
        self.v_out = self.kv_heads * self.head_dim
        inv = 1.0 / (self.theta ** (torch.arange(0, self.head_dim, 2, dtype=torch.float32, device=dev) / self.head_dim))
        self.inv_freq = inv

    def layer(self, i, name):
        return self.w[f"model.layers.{i}.{name}.weight"]

    def rms(self, x, weight):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * weight

    def rotary(self, length):
        freqs = torch.outer(torch.arange(length, dtype=torch.float32, device=self.dev), self.inv_freq)
        angles = torch.cat([freqs, freqs], dim=-1)
        return angles.cos(), angles.sin()

    @staticmethod
    def rotate(x, cos, sin):
        half = x.shape[-1] // 2
        return x * cos + torch.cat([-x[..., half:], x[..., :half]], dim=-1) * sin

    def forward(self, ids, users, lora, training=True):
        """Last hidden states [rows, length, hidden]; rows are users consecutive groups of equal size."""
        rows, length = ids.shape
        per_user = rows // users
        a_q, b_q, a_v, b_v = lora
        scale = common.ALPHA / common.RANK
        cos, sin = self.rotary(length)

        def update(h, a, b):
            # each user's rows times that user's A then B, one batched product per target
            d = F.dropout(h, common.DROPOUT, training).reshape(users, per_user * length, self.hidden)
            return torch.bmm(torch.bmm(d, a), b).reshape(rows, length, -1) * scale

        x = self.embed[ids]
        for i in range(self.layers):
            h = self.rms(x, self.layer(i, "input_layernorm"))
            q = F.linear(h, self.layer(i, "self_attn.q_proj")) + update(h, a_q[i], b_q[i])
            k = F.linear(h, self.layer(i, "self_attn.k_proj"))
            v = F.linear(h, self.layer(i, "self_attn.v_proj")) + update(h, a_v[i], b_v[i])
            q = self.rotate(q.view(rows, length, self.heads, self.head_dim).transpose(1, 2), cos, sin)
            k = self.rotate(k.view(rows, length, self.kv_heads, self.head_dim).transpose(1, 2), cos, sin)
            v = v.view(rows, length, self.kv_heads, self.head_dim).transpose(1, 2)
            if self.kv_heads != self.heads:
                k = k.repeat_interleave(self.heads // self.kv_heads, dim=1)
                v = v.repeat_interleave(self.heads // self.kv_heads, dim=1)
            attention = F.scaled_dot_product_attention(q, k, v, is_causal=True)
            x = x + F.linear(attention.transpose(1, 2).reshape(rows, length, self.q_out), self.layer(i, "self_attn.o_proj"))
            h = self.rms(x, self.layer(i, "post_attention_layernorm"))
            gated = F.silu(F.linear(h, self.layer(i, "mlp.gate_proj"))) * F.linear(h, self.layer(i, "mlp.up_proj"))
            x = x + F.linear(gated, self.layer(i, "mlp.down_proj"))
        return self.rms(x, self.w["model.norm.weight"])

    def new_lora(self, users):
        """A as PEFT starts it (kaiming-uniform, a=sqrt(5): bound 1/sqrt(fan in)), B zero; per layer and user."""
        bound = 1 / math.sqrt(self.hidden)
        a = lambda: torch.empty(self.layers, users, self.hidden, common.RANK, device=self.dev).uniform_(-bound, bound)
        b = lambda out: torch.zeros(self.layers, users, common.RANK, out, device=self.dev)
        return [torch.nn.Parameter(t) for t in (a(), b(self.q_out), a(), b(self.v_out))]


def pass_tensors(batches, dev, pad_id=0):
    """Right-padded ids of the users' batches (each user's rows together), and where the labels are."""
    rows = [row for batch in batches for row in batch]
    length = max(len(prompt) + len(label) for prompt, label in rows)
    ids = torch.tensor([prompt + label + [pad_id] * (length - len(prompt) - len(label)) for prompt, label in rows],
                       device=dev)
    picked_rows, picked_positions, picked_tokens = [], [], []
    for r, (prompt, label) in enumerate(rows):
        for t, token in enumerate(label):
            picked_rows.append(r)
            picked_positions.append(len(prompt) + t - 1)
            picked_tokens.append(token)
    as_tensor = lambda values: torch.tensor(values, device=dev)
    return ids, as_tensor(picked_rows), as_tensor(picked_positions), as_tensor(picked_tokens)


def train_cohort(model, cohort_rows, rows_per_pass, dev):
    """Trains one cohort's modules; returns the optimizer steps taken."""
    users = len(cohort_rows)
    lora = model.new_lora(users)
    optimizer = torch.optim.AdamW(lora, lr=common.LEARNING_RATE)
    user_batches = [common.batches(rows) for rows in cohort_rows]
    steps = max(len(b) for b in user_batches)
    batch_rows = max(1, max(len(b[0]) for b in user_batches))
    users_per_pass = max(1, rows_per_pass // batch_rows)
    prepared = []
    for s in range(steps):
        present = [u for u in range(users) if s < len(user_batches[u])]
        if present != list(range(users)) or len({len(user_batches[u][s]) for u in present}) != 1:
            raise SystemExit("every user of a cohort needs as many texts, so that a step has equal batches")
        passes = []
        for first in range(0, users, users_per_pass):
            group = range(first, min(users, first + users_per_pass))
            passes.append((first, len(group), pass_tensors([user_batches[u][s] for u in group], dev)))
        prepared.append(passes)
    for _ in range(common.EPOCHS):
        for passes in prepared:
            for first, count, (ids, rows, positions, tokens) in passes:
                part = [p[:, first:first + count] for p in lora]
                hidden = model.forward(ids, count, part)
                logits = hidden[rows, positions] @ model.out.T
                picked = logits.log_softmax(-1).gather(1, tokens.unsqueeze(1)).squeeze(1)
                per_row = torch.zeros(ids.shape[0], device=dev).index_add(0, rows, picked)
                # each user's mean loss over its rows, summed over the users
                loss = -per_row.sum() / (ids.shape[0] // count)
                loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    return steps * common.EPOCHS


def main():
    args = common.arguments(__doc__.split("\n\n")[0], cohorts=True)
    dev = common.device()
    torch.manual_seed(args.seed)
    model = Llama(args.model, dev)
    user_rows = common.users(args, model.embed.shape[0])
    for k in args.cohorts:
        cohorts = [user_rows[c:c + k] for c in range(0, len(user_rows), k)]
        train_cohort(model, cohorts[0], args.rows_per_pass, dev)
        resettable = common.reset_peaks(dev)
        clock = common.Clock(dev)
        steps = sum(train_cohort(model, cohort, args.rows_per_pass, dev) for cohort in cohorts)
        common.report("torch", k, user_rows, steps, clock.seconds(), dev, resettable)


if __name__ == "__main__":
    main()
