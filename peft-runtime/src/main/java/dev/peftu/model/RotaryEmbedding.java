package dev.peftu.model;

import java.util.Optional;

/**
 * The rotary position embedding of a Llama-family model: each head's dimension pairs
 * {@code (i, i + d/2)} rotate by {@code position * inverseFrequency[i]} (transformers'
 * {@code rotate_half} convention), with {@code rope_theta} as the base and optionally Llama 3's
 * rescaling of the low frequencies ({@code rope_type: llama3}).
 *
 * @param theta the base, {@code rope_theta}
 * @param llama3 Llama 3's frequency rescaling, or empty for the plain embedding
 */
public record RotaryEmbedding(double theta, Optional<Llama3Scaling> llama3) {

    /** Checks the base. */
    public RotaryEmbedding {
        if (!(theta > 0) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("rope_theta " + theta + " must be a positive number");
        }
    }

    /**
     * Llama 3's rescaling ({@code rope_scaling} with {@code rope_type: llama3}): wavelengths longer
     * than {@code originalMaxPositions / lowFrequencyFactor} are divided by {@code factor}, those
     * shorter than {@code originalMaxPositions / highFrequencyFactor} kept, and the ones between
     * interpolated smoothly.
     *
     * @param factor {@code factor}
     * @param lowFrequencyFactor {@code low_freq_factor}
     * @param highFrequencyFactor {@code high_freq_factor}
     * @param originalMaxPositions {@code original_max_position_embeddings}
     */
    public record Llama3Scaling(float factor, float lowFrequencyFactor, float highFrequencyFactor,
                                int originalMaxPositions) {

        /** Checks the numbers. */
        public Llama3Scaling {
            if (!(factor > 0) || !(lowFrequencyFactor > 0) || !(highFrequencyFactor > lowFrequencyFactor)
                    || originalMaxPositions <= 0) {
                throw new IllegalArgumentException("rope_scaling needs factor > 0, 0 < low_freq_factor < "
                        + "high_freq_factor and original_max_position_embeddings > 0");
            }
        }
    }

    /**
     * Returns the inverse frequency of each dimension pair, computed in float32 as transformers
     * computes it.
     *
     * @param headSize the width of one head (even)
     * @return {@code headSize / 2} inverse frequencies
     */
    public float[] inverseFrequencies(int headSize) {
        float[] inverse = new float[headSize / 2];
        for (int i = 0; i < inverse.length; i++) {
            float exponent = (float) (2 * i) / headSize;
            inverse[i] = (float) (1.0 / (float) Math.pow(theta, exponent));
        }
        llama3.ifPresent(scaling -> rescale(inverse, scaling));
        return inverse;
    }

    private static void rescale(float[] inverse, Llama3Scaling scaling) {
        float lowFrequencyWavelength = scaling.originalMaxPositions() / scaling.lowFrequencyFactor();
        float highFrequencyWavelength = scaling.originalMaxPositions() / scaling.highFrequencyFactor();
        for (int i = 0; i < inverse.length; i++) {
            float wavelength = (float) (2 * Math.PI) / inverse[i];
            if (wavelength > lowFrequencyWavelength) {
                inverse[i] = inverse[i] / scaling.factor();
            } else if (wavelength >= highFrequencyWavelength) {
                float smooth = (scaling.originalMaxPositions() / wavelength - scaling.lowFrequencyFactor())
                        / (scaling.highFrequencyFactor() - scaling.lowFrequencyFactor());
                inverse[i] = (1 - smooth) * inverse[i] / scaling.factor() + smooth * inverse[i];
            }
        }
    }

    /**
     * Returns the cosines and sines of the rotation angles of consecutive positions, each
     * {@code [positions, headSize]} with the half-width table repeated twice (as transformers
     * concatenates the frequencies with themselves), row-major.
     *
     * @param headSize the width of one head
     * @param first the first position
     * @param count the number of positions
     * @return {@code {cos, sin}}
     */
    public float[][] cosSin(int headSize, int first, int count) {
        float[] inverse = inverseFrequencies(headSize);
        int half = inverse.length;
        float[] cos = new float[count * headSize];
        float[] sin = new float[count * headSize];
        for (int p = 0; p < count; p++) {
            float position = first + p;
            for (int i = 0; i < half; i++) {
                float angle = position * inverse[i];
                float c = (float) Math.cos(angle);
                float s = (float) Math.sin(angle);
                cos[p * headSize + i] = c;
                cos[p * headSize + half + i] = c;
                sin[p * headSize + i] = s;
                sin[p * headSize + half + i] = s;
            }
        }
        return new float[][] {cos, sin};
    }
}
