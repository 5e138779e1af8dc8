package dev.peftu.train;

import dev.peftu.data.Example;

/**
 * One example of one user of the cohort.
 *
 * @param user the user's position in the cohort
 * @param userId the user
 * @param example the example
 */
record Row(int user, String userId, Example example) {
}
