"""Loads a module exported by `mvn peftu:export` and predicts with it as peftu did.

Every peftu head reads the mean over the text's tokens of the encoder's last hidden state, so the
base model is a BertModel under a mean-pooled linear head (MeanPooledBert). The methods HF PEFT
has (LORA, IA3, PROMPT_TUNING, PREFIX_TUNING, P_TUNING) are applied by PeftModel.from_pretrained
itself; the others by this module: BOTTLENECK (peftu's `adapter` and `pfeiffer`) with a hook per
adapted layer, HEAD_ONLY (`head`) with the head alone.

    import peftu_loader
    module = peftu_loader.load("synthetic/lora/user1")   # a module directory of the export
    module.predict(["a text", "another text"])          # -> one label per text

Needs torch, transformers, safetensors, and peft for the methods HF PEFT has.
"""
import json
import pathlib
import types

import torch
from safetensors.torch import load_file
from torch import nn
from transformers import AutoTokenizer, BertModel, BertPreTrainedModel
from transformers.modeling_outputs import SequenceClassifierOutput

HF_PEFT_TYPES = {"LORA", "IA3", "PROMPT_TUNING", "PREFIX_TUNING", "P_TUNING"}
# prompt tuning and p-tuning put their virtual tokens before the text's; peftu's head skips them
VIRTUAL_TOKENS_FIRST = {"PROMPT_TUNING", "P_TUNING"}
# the key prefix of the wrapped model's modules in a module's tensors
MODEL_PREFIX = "base_model.model."


class MeanPooledBert(BertPreTrainedModel):
    """A BertModel whose linear head (`classifier`) reads the mean of the text's last hidden states.

    `skip_leading` is the number of virtual tokens placed before the text (prompt tuning, p-tuning),
    which the mean leaves out; an attention mask longer than the hidden states (prefix tuning's, with
    the prefix first) is read from its end.
    """

    def __init__(self, config):
        super().__init__(config)
        self.num_labels = config.num_labels
        self.bert = BertModel(config, add_pooling_layer=False)
        self.classifier = nn.Linear(config.hidden_size, config.num_labels)
        self.skip_leading = 0
        self.post_init()

    def forward(self, input_ids=None, attention_mask=None, token_type_ids=None, position_ids=None,
                inputs_embeds=None, past_key_values=None, labels=None, **kwargs):
        kwargs.pop("output_attentions", None)
        kwargs.pop("output_hidden_states", None)
        kwargs.pop("return_dict", None)
        encoded = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids,
                            position_ids=position_ids, inputs_embeds=inputs_embeds, past_key_values=past_key_values,
                            **kwargs)
        hidden = encoded.last_hidden_state[:, self.skip_leading:]
        if attention_mask is None:
            mask = torch.ones(hidden.shape[:2], dtype=hidden.dtype, device=hidden.device)
        else:
            mask = attention_mask[:, -hidden.shape[1]:].to(hidden.dtype)
        mask = mask.unsqueeze(-1)
        pooled = (hidden * mask).sum(1) / mask.sum(1)
        return SequenceClassifierOutput(logits=self.classifier(pooled))


class Module:
    """One user's module on its base: `predict(texts)` gives peftu's prediction for each text."""

    def __init__(self, model, tokenizer, config):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.config = config
        self.labels = config["peftu_labels"]

    def logits(self, texts, max_length=128):
        """The head's logits, [texts, labels], for texts cut to max_length tokens as peftu cuts them."""
        batch = self.tokenizer(list(texts), padding=True, truncation=True, max_length=max_length,
                               return_tensors="pt")
        batch.pop("token_type_ids", None)
        with torch.no_grad():
            return self.model(**batch).logits

    def predict(self, texts, max_length=128):
        """The most probable label of each text (peftu's recorded prediction; for a multi-label task its top label)."""
        return [self.labels[int(row.argmax())] for row in self.logits(texts, max_length)]


def base_directory(module_directory):
    """The export's base model: `base/` at the export's root, else what the module's config names."""
    module_directory = pathlib.Path(module_directory)
    exported = module_directory.resolve().parents[2] / "base"
    if (exported / "config.json").is_file():
        return exported
    return pathlib.Path(json.loads((module_directory / "adapter_config.json").read_text())["base_model_name_or_path"])


def load(module_directory, base=None):
    """Loads a module directory (adapter_config.json, adapter_model.safetensors) onto its base model."""
    module_directory = pathlib.Path(module_directory)
    config = json.loads((module_directory / "adapter_config.json").read_text())
    base = pathlib.Path(base) if base is not None else base_directory(module_directory)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = MeanPooledBert.from_pretrained(base, num_labels=len(config["peftu_labels"]))
    peft_type = config["peft_type"]
    if peft_type in HF_PEFT_TYPES:
        from peft import PeftModel
        if peft_type in VIRTUAL_TOKENS_FIRST:
            model.skip_leading = config["num_virtual_tokens"]
        return Module(PeftModel.from_pretrained(model, module_directory), tokenizer, config)
    weights = load_file(module_directory / "adapter_model.safetensors")
    head = {key[len(MODEL_PREFIX + "classifier."):]: value for key, value in weights.items()
            if key.startswith(MODEL_PREFIX + "classifier.")}
    model.classifier.load_state_dict(head)
    if peft_type == "BOTTLENECK":
        _attach_bottlenecks(model, config, weights)
    elif peft_type != "HEAD_ONLY":
        raise ValueError(f"{module_directory / 'adapter_config.json'}: field peft_type: {peft_type} is not a "
                         f"type peftu writes; expected one of {sorted(HF_PEFT_TYPES | {'BOTTLENECK', 'HEAD_ONLY'})}")
    return Module(model, tokenizer, config)


def _bottleneck(weights, module):
    """The adapter of a linear layer: h -> up(relu(down(h))), without the residual."""
    prefix = MODEL_PREFIX + "bert." + module + "."
    down = nn.Linear(1, 1)
    up = nn.Linear(1, 1)
    down.weight = nn.Parameter(weights[prefix + "adapter_down.weight"])
    down.bias = nn.Parameter(weights[prefix + "adapter_down.bias"])
    up.weight = nn.Parameter(weights[prefix + "adapter_up.weight"])
    up.bias = nn.Parameter(weights[prefix + "adapter_up.bias"])
    return nn.Sequential(down, nn.ReLU(), up)


def _attach_bottlenecks(model, config, weights):
    """peftu's bottleneck adapters, placed as AdapterHub's mh_adapter/output_adapter/original_ln_before say."""
    for index, layer in enumerate(model.bert.encoder.layer):
        for target in config["target_modules"]:
            module = f"encoder.layer.{index}.{target}"
            adapter = _bottleneck(weights, module)
            layer.add_module("peftu_adapter_" + target.replace(".", "_"), adapter)
            if not config["original_ln_before"]:
                # Houlsby: the adapter's output joins the sub-layer's output before the add and LayerNorm
                dense = model.bert.encoder.get_submodule(f"layer.{index}.{target}")
                dense.register_forward_hook(lambda _m, _i, out, adapter=adapter: out + adapter(out))
            else:
                # Pfeiffer: LN(adapter(LN(f + x)) + f + x) with f the feed-forward output and x its input
                def output_forward(self, hidden_states, input_tensor, adapter=adapter):
                    f = self.dropout(self.dense(hidden_states))
                    normed = self.LayerNorm(f + input_tensor)
                    return self.LayerNorm(adapter(normed) + f + input_tensor)
                layer.output.forward = types.MethodType(output_forward, layer.output)
