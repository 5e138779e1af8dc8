/**
 * Files on disk: the safetensors tensor format, atomic writes of files and whole directories, the
 * mapping of arbitrary user ids to safe file names, and the per-user module store that keeps each
 * user's PEFT module in the Hugging Face PEFT layout ({@code <root>/<method>/<user>/adapter_config.json}
 * and {@code adapter_model.safetensors}) so modules trained here load in Python and back.
 */
package dev.peftu.store;
