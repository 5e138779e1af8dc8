package dev.peftu.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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
}
