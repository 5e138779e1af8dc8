package dev.peftu.example;

import dev.peftu.api.Method;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OPPU's two-stage line-up (One PEFT Per User, Tan et al. 2024), declared once for the real-data
 * specs: a task module trained on every user's data, then each user's module on top of it, with
 * and without the user's three most similar training examples in the input ({@code retrieve=3}).
 * {@code oppu-lora} and {@code oppu-head} name the same task module, so it is trained once for
 * both; the retrieval variants train their own, on the longer inputs.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Method(name = "lora", label = "oppu-lora", settings = "taskModule=lora")
@Method(name = "adapter", label = "oppu-adapter", settings = "taskModule=adapter")
@Method(name = "head", label = "oppu-head", settings = "taskModule=lora")
@Method(name = "lora", label = "oppu-lora-rag3", settings = {"taskModule=lora", "retrieve=3"})
@Method(name = "adapter", label = "oppu-adapter-rag3", settings = {"taskModule=adapter", "retrieve=3"})
@interface OppuVariants {
}
