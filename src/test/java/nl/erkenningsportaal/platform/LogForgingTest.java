package nl.erkenningsportaal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.erkenningsportaal.IntegrationTest;
import nl.erkenningsportaal.platform.logging.OneLineConsoleEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Log forging: a name or message someone typed, with line breaks or an ANSI escape, goes through the portal's real
 * logging set-up (logback-spring.xml as Spring Boot configured it for this application) and comes out as one line,
 * its breaks and escape characters visible as text: no forged entry starts a line, nothing is coloured or hidden.
 * The same holds for JSON lines ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTest {

    static final String FORGED_LINE = "2026-12-03T20:00:00.000+01:00  INFO 1 --- [erkenningsportaal] [main] "
            + "n.e.account.SessionControl : administrator beheerder signed in";
    static final String TYPED_NAME = "Zyx\r\n" + FORGED_LINE + "\u001b[31m coloured\u001b[0m\u001b[8m hidden";
    static final char ESC = '\u001b';

    private final org.slf4j.Logger log = LoggerFactory.getLogger("nl.erkenningsportaal.logforging");

    @Test
    void a_typed_line_break_or_escape_cannot_start_or_colour_a_line_in_the_console_log(CapturedOutput output) {
        String marker = "forging-probe-" + System.nanoTime();
        log.warn("{} a worker typed the name {} and the message {}", marker, TYPED_NAME, "hello\rworld\u2028again");
        log.warn(marker + " refused", new IllegalStateException("bad value " + TYPED_NAME,
                new IllegalArgumentException("cause\n" + FORGED_LINE)));

        List<String> lines = Arrays.asList(output.getOut().split("\n", -1));
        List<String> ours = lines.stream().filter(l -> l.contains(marker)).toList();
        assertThat(ours).as("each event's message starts on one line").hasSize(2);
        assertThat(ours.getFirst()).contains("Zyx\\r\\n" + FORGED_LINE + "\\u001b[31m coloured", "hello\\rworld"
                + "\\u2028again");
        assertThat(lines).as("no line begins with the forged entry")
                .noneMatch(l -> l.startsWith(FORGED_LINE.substring(0, 20)) && l.contains("beheerder signed in"));
        assertThat(lines).as("the forged text is only ever inside the probe's own lines")
                .filteredOn(l -> l.contains("beheerder signed in"))
                .allMatch(l -> l.contains(marker) || l.contains("IllegalStateException: bad value")
                        || l.contains("IllegalArgumentException: cause"));
        assertThat(lines).as("no escape character from the typed text")
                .filteredOn(l -> l.contains("coloured") || l.contains("beheerder")).noneMatch(l -> l.indexOf(ESC) >= 0);
        assertThat(output.getOut()).doesNotContain("\r" + FORGED_LINE).doesNotContain("\n" + FORGED_LINE);

        String exceptionLine = lines.stream().filter(l -> l.contains("IllegalStateException: bad value"))
                .findFirst().orElseThrow();
        assertThat(exceptionLine).contains("Zyx\\r\\n" + FORGED_LINE);
        assertThat(lines).anyMatch(l -> l.contains("IllegalArgumentException: cause\\n" + FORGED_LINE));
        assertThat(lines).as("the stack trace keeps its own lines").anyMatch(l -> l.startsWith("\tat "));
    }

    @Test
    void json_lines_keep_each_event_on_one_line_with_its_breaks_and_escapes_escaped() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OneLineConsoleEncoder encoder = new OneLineConsoleEncoder();
        encoder.setContext(context);
        encoder.setStructuredFormat("ecs");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = context.getLogger("nl.erkenningsportaal.logforging.json");
        logger.addAppender(appender);
        try {
            logger.warn("a worker typed the name {}", TYPED_NAME, new IllegalStateException("bad\n" + FORGED_LINE));
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json.strip().split("\n")).as("one event, one line").hasSize(1);
        assertThat(json).startsWith("{").contains("\"level\":\"WARN\"", "Zyx\\r\\n" + FORGED_LINE)
                .containsIgnoringCase("\\u001b[31m").doesNotContain("\r").doesNotContain(String.valueOf(ESC));
    }
}
