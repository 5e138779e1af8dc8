package dev.peftu.peft;

import java.util.Arrays;

/**
 * One trainable tensor of a user's module, with how the optimizer treats it.
 *
 * @param key the name HF PEFT gives it in {@code adapter_model.safetensors}
 * @param shape the tensor's shape for one user
 * @param init how a new user's tensor starts
 * @param learningRateScale the factor on the method's learning rate for this tensor (LoRA+ trains
 *     {@code B} faster than {@code A}); 1 by default, a finite number > 0
 * @param weightDecay whether AdamW's decoupled weight decay applies to this tensor (true by
 *     default; a magnitude or scale that must not shrink toward zero opts out)
 */
public record ParameterSpec(String key, long[] shape, Initializer init, double learningRateScale,
                            boolean weightDecay) {

    /** Checks the learning-rate factor. */
    public ParameterSpec {
        if (!(learningRateScale > 0) || Double.isInfinite(learningRateScale)) {
            throw new IllegalArgumentException("learning-rate scale of " + key + " must be a finite number > 0, was "
                    + learningRateScale);
        }
    }

    /** A tensor at the method's learning rate, with weight decay. */
    public ParameterSpec(String key, long[] shape, Initializer init) {
        this(key, shape, init, 1, true);
    }

    /** Returns this tensor trained at {@code factor} times the method's learning rate. */
    public ParameterSpec withLearningRateScale(double factor) {
        return new ParameterSpec(key, shape, init, factor, weightDecay);
    }

    /** Returns this tensor exempt from weight decay. */
    public ParameterSpec withoutWeightDecay() {
        return new ParameterSpec(key, shape, init, learningRateScale, false);
    }

    /** Returns the number of values. */
    public long size() {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterSpec that && key.equals(that.key) && Arrays.equals(shape, that.shape)
                && init.equals(that.init) && learningRateScale == that.learningRateScale
                && weightDecay == that.weightDecay;
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + Arrays.toString(shape);
    }
}
