package dev.peftu.engine.discovery;

import dev.peftu.api.PeftuBenchmark;
import java.lang.reflect.Modifier;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Whether a class is a benchmark spec the engine can run: annotated with {@link PeftuBenchmark}
 * (directly or through a meta-annotation), concrete, and instantiable without an enclosing
 * instance (top level or static nested).
 */
public final class IsBenchmarkClass implements Predicate<Class<?>> {

    @Override
    public boolean test(Class<?> candidate) {
        return AnnotationSupport.isAnnotated(candidate, PeftuBenchmark.class)
                && !candidate.isInterface()
                && !candidate.isAnnotation()
                && !Modifier.isAbstract(candidate.getModifiers())
                && !candidate.isAnonymousClass()
                && !candidate.isLocalClass()
                && (candidate.getEnclosingClass() == null || Modifier.isStatic(candidate.getModifiers()));
    }
}
