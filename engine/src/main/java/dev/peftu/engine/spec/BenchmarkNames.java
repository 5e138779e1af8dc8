package dev.peftu.engine.spec;

/** Derives a benchmark's default report name from its class: {@code TweetEvalBenchmark} becomes {@code tweet-eval-benchmark}. */
public final class BenchmarkNames {

    private BenchmarkNames() {
    }

    /**
     * Returns the simple name of the class in kebab case: a hyphen before every upper-case letter
     * that starts a word, all lower case; runs of capitals ({@code HTTPServer}) stay one word
     * ({@code http-server}).
     */
    public static String kebabCase(Class<?> type) {
        String simple = type.getSimpleName();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(simple, i)) {
                name.append('-');
            }
            name.append(Character.toLowerCase(c));
        }
        return name.toString();
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return Character.isLowerCase(previous) || Character.isDigit(previous)
                || (Character.isUpperCase(previous) && nextIsLower);
    }
}
