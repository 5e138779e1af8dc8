/**
 * The frozen base model: a BERT-family encoder written with DJL operations, its tokenizer, and
 * the two ways to load one, the embedded all-MiniLM-L6-v2 (read straight from the ONNX file in
 * a Maven Central artifact) and any Hugging Face format directory. The encoder exposes named
 * injection points ({@link dev.peftu.model.Injection}) through which parameter-efficient methods
 * change its forward pass, row by row, without touching its weights; {@link dev.peftu.model.DjlRuntime}
 * keeps DJL offline and picks the device at run time.
 */
package dev.peftu.model;
