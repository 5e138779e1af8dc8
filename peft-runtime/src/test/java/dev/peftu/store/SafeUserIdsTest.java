package dev.peftu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeUserIdsTest {

    static final List<String> AWKWARD_IDS = List.of("../../x", "a/b", "a\\b", "CON", "con", "con.txt", "Con.txt",
            "nul", "COM1", "lpt9.tar.gz", "", ".", "..", ".hidden", "trailing.", "trailing ", "a", "A", "Zoë",
            "zoë", "用户", "annotator 17", "%41", "%", "a~b", "x".repeat(300), "x".repeat(299) + "y", "u".repeat(10_000),
            "ë".repeat(150), "tab\tnew\nline", "ok-id_1.2");

    @Test
    void roundTripsAwkwardIds() {
        for (String id : AWKWARD_IDS) {
            String name = SafeUserIds.toFileName(id);
            if (!SafeUserIds.isTruncated(name)) {
                assertThat(SafeUserIds.fromFileName(name)).as("id '%s' via %s", id, name).isEqualTo(id);
            }
        }
    }

    @Test
    void producesSinglePortableFileNames() {
        for (String id : AWKWARD_IDS) {
            String name = SafeUserIds.toFileName(id);
            assertThat(name).as("name of '%s'", id)
                    .matches("[a-z0-9._%~-]+")
                    .doesNotStartWith(".").doesNotEndWith(".")
                    .hasSizeLessThanOrEqualTo(SafeUserIds.MAX_NAME_LENGTH);
            String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            assertThat(SafeUserIds.isWindowsDeviceName(base)).as("device name %s", name).isFalse();
        }
    }

    @Test
    void givesDistinctIdsNamesThatDifferEvenIgnoringCase() {
        Set<String> folded = new HashSet<>();
        for (String id : AWKWARD_IDS) {
            assertThat(folded.add(SafeUserIds.toFileName(id).toLowerCase(Locale.ROOT))).as("collision for '%s'", id)
                    .isTrue();
        }
        assertThat(SafeUserIds.toFileName("a")).isNotEqualToIgnoringCase(SafeUserIds.toFileName("A"));
    }

    @Test
    void escapesTheFirstLetterOfWindowsDeviceNames() {
        assertThat(SafeUserIds.toFileName("con")).isEqualTo("%63on");
        assertThat(SafeUserIds.toFileName("con.txt")).isEqualTo("%63on.txt");
        assertThat(SafeUserIds.toFileName("console")).isEqualTo("console");
    }

    @Test
    void cutsLongIdsWithAHashThatKeepsThemApart() {
        String first = SafeUserIds.toFileName("x".repeat(300));
        String second = SafeUserIds.toFileName("x".repeat(299) + "y");

        assertThat(first).isNotEqualTo(second).hasSize(SafeUserIds.MAX_NAME_LENGTH);
        assertThat(SafeUserIds.isTruncated(first)).isTrue();
        assertThatThrownBy(() -> SafeUserIds.fromFileName(first)).hasMessageContaining("truncated");
    }

    @Test
    void neverCutsInsideAnEscape() {
        String name = SafeUserIds.toFileName("ë".repeat(150));

        String kept = name.substring(0, name.indexOf('~'));
        assertThat(kept).matches("(%[0-9a-f]{2})+");
    }

    @Test
    void rejectsNamesItDoesNotProduce() {
        for (String foreign : List.of("A", "con", "%61", "%4A", "a/b", "%zz", ".x", "%ff")) {
            assertThatThrownBy(() -> SafeUserIds.fromFileName(foreign)).as(foreign)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(foreign);
        }
    }

    @Test
    void rejectsIdsWithUnpairedSurrogates() {
        assertThatThrownBy(() -> SafeUserIds.toFileName("a\uD800b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
    }
}
