package dev.peftu.maven.gate;

import java.util.regex.Pattern;

/** A benchmark or method name pattern of a rule: exact, or with {@code *} and {@code ?} wildcards. */
final class NamePattern {

    private final String text;
    private final Pattern regex;

    NamePattern(String text) {
        this.text = text == null || text.isBlank() ? "*" : text.trim();
        StringBuilder regexText = new StringBuilder();
        for (char c : this.text.toCharArray()) {
            switch (c) {
                case '*' -> regexText.append(".*");
                case '?' -> regexText.append('.');
                default -> regexText.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.regex = Pattern.compile(regexText.toString());
    }

    boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    boolean isExact() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
