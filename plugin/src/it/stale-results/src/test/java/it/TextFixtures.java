package it;

/** Test code that declares no benchmark: the spec that produced the earlier results is gone. */
final class TextFixtures {

    static final String GREETING = "hello";

    private TextFixtures() {
    }
}
