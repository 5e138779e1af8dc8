/**
 * Exporting stored per-user modules for use in Python: {@link dev.peftu.export.ModuleExport}
 * writes the base model in Hugging Face layout, the chosen modules in HF PEFT's layout, and the
 * Python loader ({@code peftu_loader.py}, a resource of this package) that applies every method
 * type, including those HF PEFT does not have (bottleneck adapters, the mean-pooled head).
 */
package dev.peftu.export;
