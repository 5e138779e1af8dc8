package dev.peftu.example;

import dev.peftu.api.Method;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Per-user choice and combination on validation for the real-data specs: {@code select} and
 * {@code stack} over {@code oppu-lora} and the three baselines issue 24 names, declared after
 * {@link EveryMethod} and {@link OppuVariants}, whose runs they reuse. The candidate list is the
 * issue's, taken as given before any run; it was not chosen on any task's results.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Method(name = "select", settings = "of=oppu-lora,retrieval,crowd-calibrated,one-size-fits-all")
@Method(name = "stack", settings = "of=oppu-lora,retrieval,crowd-calibrated,one-size-fits-all")
@interface PerUserChoice {
}
