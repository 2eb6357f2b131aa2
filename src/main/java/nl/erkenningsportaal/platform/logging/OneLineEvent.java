package nl.erkenningsportaal.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A logging event as the console shows it: its message, the messages of its exception and causes, and its MDC
 * values made one-line safe ({@link OneLine}); everything else as it was. The stack trace keeps its own lines.
 */
final class OneLineEvent implements ILoggingEvent {

    private final ILoggingEvent event;

    private OneLineEvent(ILoggingEvent event) {
        this.event = event;
    }

    static ILoggingEvent of(ILoggingEvent event) {
        return new OneLineEvent(event);
    }

    @Override
    public @Nullable String getFormattedMessage() {
        return OneLine.escape(event.getFormattedMessage());
    }

    @Override
    public @Nullable String getMessage() {
        return OneLine.escape(event.getMessage());
    }

    @Override
    public @Nullable IThrowableProxy getThrowableProxy() {
        IThrowableProxy proxy = event.getThrowableProxy();
        return proxy == null ? null : new OneLineThrowable(proxy);
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc == null || mdc.isEmpty()) {
            return mdc;
        }
        Map<String, String> safe = new LinkedHashMap<>();
        mdc.forEach((k, v) -> safe.put(k, OneLine.escape(v)));
        return safe;
    }

    @Override
    @Deprecated
    public Map<String, String> getMdc() {
        return getMDCPropertyMap();
    }

    @Override
    public String getThreadName() {
        return OneLine.escape(event.getThreadName());
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public Object[] getArgumentArray() {
        return event.getArgumentArray();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return event.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        return event.getKeyValuePairs();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }

    /** An exception as the console shows it: its message and those of its causes made one-line safe. */
    private record OneLineThrowable(IThrowableProxy proxy) implements IThrowableProxy {

        @Override
        public @Nullable String getMessage() {
            return OneLine.escape(proxy.getMessage());
        }

        @Override
        public @Nullable String getOverridingMessage() {
            return OneLine.escape(proxy.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return proxy.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return proxy.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return proxy.getCommonFrames();
        }

        @Override
        public @Nullable IThrowableProxy getCause() {
            IThrowableProxy cause = proxy.getCause();
            return cause == null ? null : new OneLineThrowable(cause);
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = proxy.getSuppressed();
            if (suppressed == null) {
                return suppressed;
            }
            IThrowableProxy[] safe = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                safe[i] = new OneLineThrowable(suppressed[i]);
            }
            return safe;
        }

        @Override
        public boolean isCyclic() {
            return proxy.isCyclic();
        }
    }
}
