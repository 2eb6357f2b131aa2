package nl.erkenningsportaal.platform.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The console encoder of {@code logback-spring.xml}. By default Spring Boot's text pattern, fed events whose message,
 * exception messages and MDC values are one-line safe ({@link OneLine}); with a structured format
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} or {@code logstash}, see docs/operations.md) Spring Boot's JSON
 * encoder, whose escaping already keeps an event on one line and an escape character inert.
 */
public class OneLineConsoleEncoder extends EncoderBase<ILoggingEvent> {

    private String pattern = "%m%n";
    private String structuredFormat = "";
    private Charset charset = StandardCharsets.UTF_8;
    private @Nullable Encoder<ILoggingEvent> delegate;
    private boolean text;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setStructuredFormat(@Nullable String structuredFormat) {
        this.structuredFormat = structuredFormat == null ? "" : structuredFormat.strip();
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (structuredFormat.isEmpty()) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setPattern(pattern);
            encoder.setCharset(charset);
            encoder.setContext(getContext());
            encoder.start();
            delegate = encoder;
            text = true;
        } else {
            StructuredLogEncoder encoder = new StructuredLogEncoder();
            encoder.setFormat(structuredFormat);
            encoder.setCharset(charset);
            encoder.setContext(getContext());
            encoder.start();
            delegate = encoder;
            text = false;
        }
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate == null ? new byte[0] : delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (delegate == null) {
            return new byte[0];
        }
        return delegate.encode(text ? OneLineEvent.of(event) : event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate == null ? new byte[0] : delegate.footerBytes();
    }
}
