package dev.peftu.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns text into the token ids a base model reads, through DJL's Hugging Face tokenizers.
 * Truncation and padding are set here, never taken from the tokenizer file (the embedded MiniLM
 * file pads every text to 128 tokens, which would waste most of the compute on short texts):
 * padding per batch by {@link EncodedBatch}; an encoder's texts are truncated to
 * {@link #maxLength()}, while a causal LM's prompts are encoded whole ({@link #forPrompts}) and
 * fitted to the budget where they are built, so that the answer cue at a prompt's end is never cut.
 */
public final class TextTokenizer implements AutoCloseable {

    /** Default maximum number of tokens per text, special tokens included. */
    public static final int DEFAULT_MAX_LENGTH = 128;

    static {
        // before any DJL class reaches for the network
        DjlRuntime.ensureOffline();
    }

    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;
    private final String source;

    private TextTokenizer(HuggingFaceTokenizer tokenizer, int maxLength, String source) {
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
        this.source = source;
    }

    /**
     * Reads a {@code tokenizer.json} file.
     *
     * @param file the tokenizer file
     * @param maxLength the maximum number of tokens per text, special tokens included
     * @return the tokenizer
     */
    public static TextTokenizer fromFile(Path file, int maxLength) {
        return fromFile(file, maxLength, true);
    }

    /**
     * Reads the {@code tokenizer.json} of a causal LM, whose prompts are encoded whole: nothing is
     * truncated here, {@link #maxLength()} is the budget prompts are fitted to where they are built.
     *
     * @param file the tokenizer file
     * @param maxLength the most tokens a prompt may take with a label's words
     * @return the tokenizer
     */
    public static TextTokenizer forPrompts(Path file, int maxLength) {
        return fromFile(file, maxLength, false);
    }

    private static TextTokenizer fromFile(Path file, int maxLength, boolean truncating) {
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(file + ": tokenizer file not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in, maxLength, file.toString(), truncating);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read tokenizer", e);
        }
    }

    /**
     * Reads a {@code tokenizer.json} from a stream.
     *
     * @param in the tokenizer JSON
     * @param maxLength the maximum number of tokens per text, special tokens included
     * @param source where the stream comes from, for error messages
     * @return the tokenizer
     */
    public static TextTokenizer fromStream(InputStream in, int maxLength, String source) {
        return fromStream(in, maxLength, source, true);
    }

    private static TextTokenizer fromStream(InputStream in, int maxLength, String source, boolean truncating) {
        if (maxLength < 3) {
            throw new IllegalArgumentException("maxLength must leave room for text between [CLS] and [SEP], was "
                    + maxLength);
        }
        Map<String, String> options = Map.of(
                "padding", "false",
                "truncation", Boolean.toString(truncating),
                "maxLength", Integer.toString(maxLength),
                "addSpecialTokens", "true");
        try {
            return new TextTokenizer(HuggingFaceTokenizer.newInstance(in, options), maxLength, source);
        } catch (IOException | RuntimeException e) {
            throw new ModelFormatException(source + ": not a valid Hugging Face tokenizer.json (" + e.getMessage() + ")", e);
        }
    }

    /** Returns the maximum number of tokens per text. */
    public int maxLength() {
        return maxLength;
    }

    /** Returns where the tokenizer was read from. */
    public String source() {
        return source;
    }

    /**
     * Tokenizes one text with the special tokens the tokenizer file defines.
     *
     * @param text the text
     * @return its token ids: with [CLS] and [SEP] for an encoder, at most {@link #maxLength()} long
     *     unless the tokenizer reads {@linkplain #forPrompts prompts}, whose ids are whole
     */
    public long[] encode(String text) {
        Encoding encoding = tokenizer.encode(text);
        return encoding.getIds();
    }

    /**
     * Tokenizes a piece of text on its own, without special tokens and never truncated: the words
     * of a label appended to a prompt.
     *
     * @param text the text
     * @return its token ids, empty when it gives none
     */
    public long[] encodeWithoutSpecialTokens(String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
