package dev.peftu.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fingerprints as text and as a number: one digest, the same bits. */
class FingerprintTest {

    @Test
    void theNumberHasTheBitsOfTheHexDigits() {
        for (String field : new String[] {"user1", "annotator-42", "", "ü"}) {
            String hex = Fingerprint.start().add(field).finish().substring("sha256:".length());
            assertThat(Fingerprint.start().add(field).finishAsNumber()).as(field)
                    .isEqualTo(Long.parseUnsignedLong(hex, 16));
        }
    }

    @Test
    void fieldsAreHashedWithTheirLengthSoShiftedTextDiffers() {
        assertThat(Fingerprint.start().add("ab").add("c").finish())
                .isNotEqualTo(Fingerprint.start().add("a").add("bc").finish());
    }
}
