package io.oeml.infra.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * The lines one logger writes while captured, each with the value of one MDC key as the log formatters see it (the
 * record's MDC, read while it is published). Close it to stop capturing.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    /** A message as logged (before its parameters are put in) and the value of the captured MDC key, null if unset. */
    public record Line(String message, String mdcValue) {
    }

    private final Logger logger;
    private final String mdcKey;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger, String mdcKey) {
        this.logger = logger;
        this.mdcKey = mdcKey;
    }

    /** Captures what the logger {@code loggerName} writes, with the MDC value of {@code mdcKey}. */
    public static CapturedLog of(String loggerName, String mdcKey) {
        CapturedLog log = new CapturedLog(Logger.getLogger(loggerName), mdcKey);
        log.logger.addHandler(log);
        return log;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(new Line(record.getMessage(), ExtLogRecord.wrap(record).getMdc(mdcKey)));
    }

    @Override
    public void flush() {
        // Nothing buffered.
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
