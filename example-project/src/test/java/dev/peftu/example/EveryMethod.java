package dev.peftu.example;

import dev.peftu.api.Method;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The team's standard line-up, declared once: every built-in PEFT method, then every baseline.
 * The engine reads {@link Method} through this meta-annotation, so a spec writes
 * {@code @EveryMethod} instead of fifteen {@code @Method} lines.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Method(name = "lora")
@Method(name = "adapter")
@Method(name = "pfeiffer")
@Method(name = "ia3")
@Method(name = "prompt-tuning")
@Method(name = "prefix-tuning")
@Method(name = "p-tuning")
@Method(name = "head")
@Method(name = "majority")
@Method(name = "one-size-fits-all")
@Method(name = "crowd-calibrated")
@Method(name = "zero-shot")
@Method(name = "few-shot")
@Method(name = "retrieval")
@Method(name = "non-personalized")
@interface EveryMethod {
}
