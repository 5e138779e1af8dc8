package dev.peftu.data;

/**
 * A user left out of a dataset because they cannot be split or scored.
 *
 * @param userId the user's id
 * @param reason why
 * @param detail what was found and what is needed, for error messages
 */
public record DroppedUser(String userId, DropReason reason, String detail) {
}
