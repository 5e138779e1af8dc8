package dev.peftu.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A subjective task with its users, each holding train, validation and test examples: the
 * input of every personalization benchmark.
 */
public final class PersonalizedDataset {

    private final TaskDefinition task;
    private final Map<String, UserData> users;

    /**
     * Creates a dataset.
     *
     * @param task the task definition
     * @param users the users, in report order; ids must be unique
     */
    public PersonalizedDataset(TaskDefinition task, List<UserData> users) {
        this.task = task;
        this.users = new LinkedHashMap<>();
        for (UserData user : users) {
            if (this.users.put(user.userId(), user) != null) {
                throw new IllegalArgumentException("duplicate user id '" + user.userId() + "'");
            }
        }
    }

    /** Returns the task definition. */
    public TaskDefinition task() {
        return task;
    }

    /** Returns the users in report order. */
    public List<UserData> users() {
        return List.copyOf(users.values());
    }

    /** Returns one user, or throws when the id is unknown. */
    public UserData user(String userId) {
        UserData user = users.get(userId);
        if (user == null) {
            throw new NoSuchElementException("no user '" + userId + "' in task " + task.name());
        }
        return user;
    }

    /** Returns the number of examples over all users and splits. */
    public int exampleCount() {
        return users.values().stream()
                .mapToInt(u -> u.train().size() + u.val().size() + u.test().size())
                .sum();
    }

    /**
     * Returns every user's label set per text id over all splits: the input of agreement
     * measures such as {@link KrippendorffAlpha}.
     */
    public Map<String, Map<String, Set<String>>> labelSetsByUser() {
        Map<String, Map<String, Set<String>>> result = new LinkedHashMap<>();
        for (UserData user : users.values()) {
            Map<String, Set<String>> byText = new LinkedHashMap<>();
            for (List<Example> part : List.of(user.train(), user.val(), user.test())) {
                part.forEach(e -> byText.put(e.id(), Set.copyOf(e.labels())));
            }
            result.put(user.userId(), byText);
        }
        return result;
    }
}
