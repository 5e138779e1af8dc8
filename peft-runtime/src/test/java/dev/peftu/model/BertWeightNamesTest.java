package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BertWeightNamesTest {

    private static final HostTensor ONE = new HostTensor(new long[] {1}, new float[] {1});
    private static final HostTensor TWO = new HostTensor(new long[] {1}, new float[] {2});

    @Test
    void stripsOnlyALeadingBertPrefix() {
        assertThat(BertWeightNames.stripBertPrefix("bert.embeddings.word_embeddings.weight"))
                .isEqualTo("embeddings.word_embeddings.weight");
        assertThat(BertWeightNames.stripBertPrefix("encoder.layer.0.bert.weight")).isEqualTo("encoder.layer.0.bert.weight");
        assertThat(BertWeightNames.stripBertPrefix("classifier.weight")).isEqualTo("classifier.weight");
    }

    @Test
    void loadsPrefixedAndUnprefixedCheckpointsUnderTheSameNames() {
        Map<String, HostTensor> prefixed = Map.of("bert.pooler.dense.bias", ONE, "classifier.bias", TWO);

        assertThat(BertWeightNames.stripBertPrefix(prefixed))
                .containsOnlyKeys("pooler.dense.bias", "classifier.bias")
                .containsEntry("pooler.dense.bias", ONE);
    }

    @Test
    void rejectsCheckpointsWhereStrippingMergesTwoWeights() {
        Map<String, HostTensor> clashing = new LinkedHashMap<>();
        clashing.put("pooler.dense.bias", ONE);
        clashing.put("bert.pooler.dense.bias", TWO);

        assertThatThrownBy(() -> BertWeightNames.stripBertPrefix(clashing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bert.pooler.dense.bias").hasMessageContaining("clashes");
    }

    @Test
    void expectsSixteenWeightsPerLayerWithLinearWeightsOutByIn() {
        BertConfig tiny = new BertConfig(100, 8, 2, 2, 32, 16, 2, 1e-12f);

        Map<String, long[]> shapes = BertWeightNames.expectedShapes(tiny);

        assertThat(shapes).hasSize(5 + 2 * 16);
        assertThat(shapes.get("encoder.layer.1.intermediate.dense.weight")).containsExactly(32, 8);
        assertThat(shapes.get("encoder.layer.1.output.dense.weight")).containsExactly(8, 32);
        assertThat(shapes.get("embeddings.position_embeddings.weight")).containsExactly(16, 8);
    }
}
