package pe.ceropapel.frontend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule that an aggregate can refuse a command with has its Spanish text. */
class RuleMessagesTests {

    private static final Path COMMAND_SIDE = Path.of("..", "command-side", "src", "main", "java");
    private static final Pattern RULE_CALL = Pattern.compile("require(State)?\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void shouldMakeKeysFromTemplates() {
        assertThat(RuleMessages.key("it is %s's turn to sign, not %s's")).isEqualTo("rule.it-is-s-s-turn-to-sign-not-s-s");
        assertThat(RuleMessages.key("the office code must look like INACAL/DM"))
                .isEqualTo("rule.the-office-code-must-look-like-inacal-dm");
    }

    @Test
    void shouldTranslateEveryRuleOfTheAggregates() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(
                RuleMessagesTests.class.getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        Set<String> templates = templates();

        assertThat(templates).as("rule templates found in the aggregates").hasSizeGreaterThan(50);
        assertThat(templates).allSatisfy(template -> assertThat(bundle.getProperty(RuleMessages.key(template)))
                .as("Spanish text for \"%s\"", template).isNotBlank());
        assertThat(templates).allSatisfy(template -> assertThat(countPlaceholders(bundle.getProperty(
                RuleMessages.key(template)))).as("placeholders of \"%s\"", template).isEqualTo(countPlaceholders(template)));
    }

    private static Set<String> templates() throws IOException {
        Set<String> templates = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(COMMAND_SIDE)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String code = Files.readString(source);
            Matcher call = RULE_CALL.matcher(code);
            while (call.find()) {
                Matcher literal = LITERAL.matcher(arguments(code, call.end()));
                while (literal.find()) {
                    String text = literal.group(1);
                    if (!text.equals("%s") && !text.equals(":")) {
                        templates.add(text);
                    }
                }
            }
        }
        return templates;
    }

    /** The text between the call's opening parenthesis and its matching closing one. */
    private static String arguments(String code, int start) {
        int depth = 1;
        int end = start;
        while (depth > 0) {
            char c = code.charAt(end++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return code.substring(start, end - 1);
    }

    private static long countPlaceholders(String text) {
        return Pattern.compile("%s").matcher(text).results().count();
    }
}
