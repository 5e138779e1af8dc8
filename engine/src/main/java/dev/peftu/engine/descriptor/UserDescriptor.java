package dev.peftu.engine.descriptor;

import dev.peftu.engine.execution.MethodOutcome;
import dev.peftu.engine.execution.PeftuExecutionContext;
import dev.peftu.results.UserResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.AssertionFailedError;

/**
 * One user under one method: a test that passes with the user's accuracy and test size as report
 * entries once the method has scored the user, and fails only when the user could not be scored.
 * A low score is not a failure; gates judge scores.
 */
public final class UserDescriptor extends AbstractTestDescriptor implements Node<PeftuExecutionContext> {

    /** The unique-id segment type of users; the value is the user id as in the dataset. */
    public static final String SEGMENT_TYPE = "user";

    private final String userId;

    /** Creates the descriptor of a user under a method. */
    public UserDescriptor(MethodDescriptor parent, String userId, Class<?> specClass) {
        super(uniqueId(parent.getUniqueId(), userId), userId, ClassSource.from(specClass));
        this.userId = userId;
    }

    /** Returns the unique id a user gets under the given method. */
    public static UniqueId uniqueId(UniqueId method, String userId) {
        return method.append(SEGMENT_TYPE, userId);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public PeftuExecutionContext execute(PeftuExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        MethodOutcome method = context.method().orElseThrow();
        UserResult score = method.result().user(userId).orElseThrow(() -> new AssertionFailedError(
                "user " + userId + " could not be scored by method " + method.result().name() + ": "
                        + method.unscoredReason(userId)));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("accuracy", String.format(Locale.ROOT, "%.4f", score.accuracy()));
        entries.put("testSize", Integer.toString(score.testSize()));
        context.listener().reportingEntryPublished(this, ReportEntry.from(entries));
        return context;
    }
}
