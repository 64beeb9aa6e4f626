package org.radassist.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/** Writes every log event of a test to a file with the production pattern, as LogConfiguration does. */
public final class LogFiles implements AutoCloseable {

    private final FileAppender<ILoggingEvent> appender;

    private LogFiles(FileAppender<ILoggingEvent> appender) {
        this.appender = appender;
    }

    /** Starts copying the root logger's events to {@code file}; {@link #close()} stops it. */
    public static LogFiles attach(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        root().addAppender(appender);
        return new LogFiles(appender);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    public void close() {
        root().detachAppender(appender);
        appender.stop();
    }
}
