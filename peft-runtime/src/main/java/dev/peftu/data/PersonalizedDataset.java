package dev.peftu.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A subjective task with its users, each holding train, validation and test examples: the
 * input of every personalization benchmark, with what was left out on the way (rows counted per
 * reason, users one by one).
 */
public final class PersonalizedDataset {

    private final TaskDefinition task;
    private final Map<String, UserData> users;
    private final Map<String, Integer> droppedRows;
    private final List<DroppedUser> droppedUsers;

    /**
     * Creates a dataset from which nothing was left out.
     *
     * @param task the task definition
     * @param users the users, in report order; ids must be unique
     */
    public PersonalizedDataset(TaskDefinition task, List<UserData> users) {
        this(task, users, Map.of(), List.of());
    }

    /**
     * Creates a dataset.
     *
     * @param task the task definition
     * @param users the users, in report order; ids must be unique
     * @param droppedRows rows or samples left out, counted by {@link DropReason#description()}
     * @param droppedUsers users left out, in source order
     */
    public PersonalizedDataset(TaskDefinition task, List<UserData> users, Map<String, Integer> droppedRows,
                               List<DroppedUser> droppedUsers) {
        this.task = task;
        this.droppedRows = Collections.unmodifiableMap(new LinkedHashMap<>(droppedRows));
        this.droppedUsers = List.copyOf(droppedUsers);
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

    /** Returns the rows or samples left out, counted by {@link DropReason#description()}; empty when none. */
    public Map<String, Integer> droppedRows() {
        return droppedRows;
    }

    /** Returns the users left out, in source order; empty when none. */
    public List<DroppedUser> droppedUsers() {
        return droppedUsers;
    }

    /** Returns the same dataset restricted to its first {@code count} users, keeping what was dropped. */
    public PersonalizedDataset firstUsers(int count) {
        return new PersonalizedDataset(task, users().subList(0, Math.min(count, users.size())), droppedRows,
                droppedUsers);
    }

    /**
     * Returns the same dataset asked with another prompt ({@link TaskDefinition#prompt()}).
     *
     * @throws IllegalArgumentException naming a verbalized label the task does not have
     */
    public PersonalizedDataset withPrompt(LabelPrompt prompt) {
        return new PersonalizedDataset(task.withPrompt(prompt), users(), droppedRows, droppedUsers);
    }

    /**
     * Returns this dataset without the users that cannot be trained and scored (no training or no
     * test example), which are added to {@link #droppedUsers()} with what they lack.
     */
    public PersonalizedDataset withoutUnscorableUsers() {
        List<UserData> kept = new ArrayList<>();
        List<DroppedUser> dropped = new ArrayList<>(droppedUsers);
        for (UserData user : users.values()) {
            DropReason lack = user.train().isEmpty() ? DropReason.NO_TRAINING_EXAMPLE
                    : user.test().isEmpty() ? DropReason.NO_TEST_EXAMPLE : null;
            if (lack == null) {
                kept.add(user);
            } else {
                dropped.add(new DroppedUser(user.userId(), lack, "user '" + user.userId() + "' has "
                        + user.train().size() + " training and " + user.test().size()
                        + " test examples; expected at least one of each to train and score the user"));
            }
        }
        return new PersonalizedDataset(task, kept, droppedRows, dropped);
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
