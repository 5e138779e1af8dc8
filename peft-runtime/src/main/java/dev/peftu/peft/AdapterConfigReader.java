package dev.peftu.peft;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of an {@code adapter_config.json} as JSON parsing left it (numbers, strings,
 * booleans and lists), each failing with a message naming the field and what was expected: what a
 * method's {@link PeftMethod#fromAdapterConfig} reads its configuration back with.
 */
public final class AdapterConfigReader {

    private final Map<String, Object> config;

    /**
     * Reads a configuration, which must be of the given {@code peft_type}.
     *
     * @param config the parsed JSON
     * @param peftType the expected {@code peft_type}, e.g. {@code LORA}
     * @throws IllegalArgumentException when {@code peft_type} is missing or another
     */
    public AdapterConfigReader(Map<String, Object> config, String peftType) {
        this.config = config;
        String found = string(HfAdapterConfig.PEFT_TYPE);
        if (!found.equals(peftType)) {
            throw new IllegalArgumentException("adapter_config.json: field peft_type: expected " + peftType
                    + ", found " + found);
        }
    }

    /** Returns a string field. */
    public String string(String field) {
        if (value(field) instanceof String text) {
            return text;
        }
        throw invalid(field, "a string");
    }

    /** Returns a field holding a whole number >= 1. */
    public int positiveInteger(String field) {
        if (value(field) instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= 1 && number.doubleValue() <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw invalid(field, "a whole number >= 1");
    }

    /**
     * Returns a finite number field in {@code [lowest, below)}.
     *
     * @param field the field
     * @param lowest the least value allowed
     * @param below the value every allowed one is under
     * @param expected what the error message says was expected, e.g. {@code a number > 0}
     */
    public double number(String field, double lowest, double below, String expected) {
        if (value(field) instanceof Number number && Double.isFinite(number.doubleValue())
                && number.doubleValue() >= lowest && number.doubleValue() < below) {
            return number.doubleValue();
        }
        throw invalid(field, expected);
    }

    /** Returns a field holding true or false. */
    public boolean bool(String field) {
        if (value(field) instanceof Boolean flag) {
            return flag;
        }
        throw invalid(field, "true or false");
    }

    /** Returns a field holding a non-empty list of strings. */
    public List<String> strings(String field) {
        if (value(field) instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw invalid(field, "a non-empty list of strings");
    }

    /** Checks that a field holds exactly the expected value, as JSON gives it back. */
    public void require(String field, Object expected) {
        if (!expected.equals(value(field))) {
            throw invalid(field, String.valueOf(expected));
        }
    }

    /**
     * Checks that a field, where present, holds the expected value: for the HF PEFT fields a
     * configuration leaves at their defaults (LoRA's {@code use_dora}), which older files lack.
     */
    public void requireIfPresent(String field, Object expected) {
        if (config.containsKey(field)) {
            require(field, expected);
        }
    }

    private Object value(String field) {
        if (!config.containsKey(field)) {
            throw new IllegalArgumentException("adapter_config.json: field " + field + " is missing");
        }
        return config.get(field);
    }

    private IllegalArgumentException invalid(String field, String expected) {
        return new IllegalArgumentException("adapter_config.json: field " + field + "=" + config.get(field)
                + ": expected " + expected);
    }
}
