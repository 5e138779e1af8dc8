package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.data.LabelPrompt;
import dev.peftu.data.TaskDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a task is put to a causal LM, with the llama fixture's byte-level BPE tokenizer: the prompt is
 * the filled template with the tokenizer's special tokens and each label's words are encoded alone;
 * a prompt over the budget loses its earliest demonstrations, then the end of its text, never the
 * template; a template or label words that cannot work fail on creation.
 */
class PromptEncoderTest {

    private static final String TEMPLATE = "Review: {text}\nAnswer:";
    private static final TaskDefinition TASK = new TaskDefinition("toy", List.of("yes", "no"), false,
            "Is the review positive?", new LabelPrompt(TEMPLATE, Map.of("yes", " positive", "no", " not positive"), false));
    private static TextTokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = TextTokenizer.forPrompts(CausalFixtures.directory("llama").resolve("tokenizer.json"), 512);
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void promptIsTheFilledTemplateAndLabelWordsAreEncodedAlone() {
        PromptEncoder prompts = new PromptEncoder(tokenizer, TASK, 64);

        assertThat(prompts.prompt(List.of(), "I loved this film!").ids())
                .containsExactly(tokenizer.encode("Review: I loved this film!\nAnswer:"));
        assertThat(prompts.labelIds(1)).containsExactly(tokenizer.encodeWithoutSpecialTokens(" not positive"));
        assertThat(prompts.labelIds(1).length).isGreaterThan(prompts.labelIds(0).length);
    }

    @Test
    void textBudgetIsWhatTheTemplateAndTheLongestLabelLeave() {
        PromptEncoder prompts = new PromptEncoder(tokenizer, TASK, 64);
        int template = tokenizer.encode("Review: \nAnswer:").length;

        assertThat(prompts.textBudget()).isEqualTo(64 - prompts.labelIds(1).length - template);
    }

    @Test
    void promptOverTheBudgetLosesTheEarliestDemonstrationsFirst() {
        PromptEncoder prompts = new PromptEncoder(tokenizer, TASK, 64);
        List<String> demonstrations = List.of(prompts.demonstration("Never again, truly terrible.", List.of("no")),
                prompts.demonstration("The acting was superb.", List.of("yes")));
        int both = tokenizer.encode(String.join("", demonstrations) + "Review: Moving.\nAnswer:").length;
        int budget = both + prompts.labelIds(1).length - 1;
        PromptEncoder tight = new PromptEncoder(tokenizer, TASK, budget);

        PromptEncoder.Fitted fitted = tight.prompt(demonstrations, "Moving.");

        assertThat(fitted.demonstrations()).isEqualTo(1);
        assertThat(fitted.ids()).containsExactly(tokenizer.encode(demonstrations.get(1) + "Review: Moving.\nAnswer:"));
    }

    @Test
    void textOverTheBudgetIsCutAtAWordAndTheTemplateKept() {
        String text = "The story was moving and the acting superb, truly the best film of the year";
        int template = tokenizer.encode("Review: \nAnswer:").length;
        int longest = tokenizer.encodeWithoutSpecialTokens(" not positive").length;
        PromptEncoder prompts = new PromptEncoder(tokenizer, TASK, template + longest + 8);

        long[] ids = prompts.prompt(List.of(), text).ids();

        assertThat(ids.length).isLessThanOrEqualTo(template + 8);
        String[] words = text.split("(?<=\\s)");
        boolean cutAtAWord = false;
        for (int kept = 1; kept < words.length; kept++) {
            String start = String.join("", List.of(words).subList(0, kept));
            cutAtAWord |= java.util.Arrays.equals(ids, tokenizer.encode("Review: " + start + "\nAnswer:"));
        }
        assertThat(cutAtAWord).as("the prompt is the template around a start of the text, cut after a word").isTrue();
    }

    @Test
    void templateThatCannotFitFailsSayingTheLengths() {
        assertThatThrownBy(() -> new PromptEncoder(tokenizer, TASK, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompt template \"Review: {text}\\nAnswer:\" takes")
                .hasMessageContaining("cannot fit the 6 tokens a prompt may take");
    }

    @Test
    void labelWordsThatGiveNoTokenFailNamingTheLabel() {
        TaskDefinition silent = new TaskDefinition("toy", List.of("yes", "no"), false, "?",
                new LabelPrompt(TEMPLATE, Map.of("no", ""), false));

        assertThatThrownBy(() -> new PromptEncoder(tokenizer, silent, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompt verbalization of label 'no' (\"\") gives no token");
    }
}
