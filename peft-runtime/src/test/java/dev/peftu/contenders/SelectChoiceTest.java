package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.eval.CombinedContender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code select} on the real MiniLM: on a task where users copy their own history the choice goes
 * to {@code retrieval}, on one where the text decides it goes to the PEFT method; in both the
 * method that must win is named last, so it wins by validation accuracy, not by a tie.
 */
class SelectChoiceTest {

    private static final long SEED = 7;
    private static BaseModel model;

    @BeforeAll
    static void load() {
        model = BaseModel.embedded(32);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void usersWhoCopyTheirHistoryGetRetrieval() throws Exception {
        PersonalizedDataset dataset = CombinedTasks.copiedHistory(4, 40, 16, SEED);
        Map<String, ContenderResult> board = board(dataset);
        ContenderResult selected = select(dataset, board, "majority,lora,retrieval");

        assertThat(selected.choicesByUser()).hasSize(4).allSatisfy((user, choice) -> assertThat(choice)
                .as("choice for %s", user).isEqualTo("retrieval"));
        assertThat(selected.predictionsByUser()).isEqualTo(board.get("retrieval").predictionsByUser());
    }

    @Test
    void usersWhoseTextDecidesGetThePeftMethod() throws Exception {
        PersonalizedDataset dataset = CombinedTasks.textDecides(4, 40, 16, SEED);
        Map<String, ContenderResult> board = board(dataset);
        ContenderResult selected = select(dataset, board, "majority,retrieval,lora");

        assertThat(selected.choicesByUser()).hasSize(4).allSatisfy((user, choice) -> assertThat(choice)
                .as("choice for %s", user).isEqualTo("lora"));
        assertThat(selected.predictionsByUser()).isEqualTo(board.get("lora").predictionsByUser());
    }

    /** The board: the per-user majority, retrieval of the single most similar training text, and LoRA. */
    private static Map<String, ContenderResult> board(PersonalizedDataset dataset) throws Exception {
        Map<String, ContenderResult> board = new LinkedHashMap<>();
        board.put("majority", run(dataset, "majority", Map.of()));
        board.put("retrieval", run(dataset, "retrieval", Map.of("k", "1")));
        board.put("lora", run(dataset, "lora", Map.of("epochs", "3")));
        return board;
    }

    private static ContenderResult run(PersonalizedDataset dataset, String name, Map<String, String> settings)
            throws Exception {
        return Contenders.create(name, settings).run(new RunContext(dataset, model, SEED, settings, null),
                ProgressListener.NONE);
    }

    private static ContenderResult select(PersonalizedDataset dataset, Map<String, ContenderResult> board,
                                          String of) {
        CombinedContender select = (CombinedContender) Contenders.create(SelectContender.NAME, Map.of("of", of));
        return select.combine(new RunContext(dataset, model, SEED, Map.of(), null), board, ProgressListener.NONE);
    }
}
