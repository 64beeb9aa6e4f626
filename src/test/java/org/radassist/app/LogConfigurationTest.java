package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programmatic logging set-up on a fresh logger context, as logback.xml defined it before. */
class LogConfigurationTest {

    @TempDir
    Path logDir;

    @Test
    void apply_writesInfoAndAboveToTheFile() throws Exception {
        LoggerContext context = newContext();
        LogConfiguration.apply(context, logDir, "OFF");

        context.getLogger("org.radassist.app.Example").info("opened {}", "slice.dcm");
        context.getLogger("org.radassist.app.Example").debug("not written");
        context.getLogger("okhttp3.OkHttpClient").info("not written either");
        context.getLogger("okhttp3.OkHttpClient").warn("connection reset");
        context.stop();

        List<String> lines = Files.readAllLines(logDir.resolve("radassist.log"));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  "
                + "\\[[^]]+] org\\.radassist\\.app\\.Example - opened slice\\.dcm"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" WARN  [" + Thread.currentThread().getName()
                + "] okhttp3.OkHttpClient - connection reset"), lines.get(1));
    }

    @Test
    void apply_createsLogFileAtFirstEvent() {
        LoggerContext context = newContext();
        LogConfiguration.apply(context, logDir, "OFF");
        DeferredAppender file = (DeferredAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");

        assertNull(file.delegate());
        assertFalse(Files.exists(logDir.resolve("radassist.log")));

        context.getLogger("org.radassist.app.Example").info("first");
        assertNotNull(file.delegate());
        assertTrue(Files.exists(logDir.resolve("radassist.log")));
        context.stop();
    }

    @Test
    void apply_consoleIsOffUnlessALevelIsGiven() {
        assertEquals(FilterReply.DENY, consoleReply("OFF", Level.ERROR));
        assertEquals(FilterReply.DENY, consoleReply("WARN", Level.INFO));
        assertEquals(FilterReply.NEUTRAL, consoleReply("WARN", Level.WARN));
    }

    @Test
    void apply_rootLevelIsInfo() {
        LoggerContext context = newContext();
        LogConfiguration.apply(context, logDir, "OFF");

        assertEquals(Level.INFO, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
        assertEquals(Level.WARN, context.getLogger("com.google").getLevel());
        context.stop();
    }

    /** Returns a context as logback's service provider creates it, before configuration. */
    private static LoggerContext newContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    private FilterReply consoleReply(String consoleLevel, Level eventLevel) {
        LoggerContext context = newContext();
        LogConfiguration.apply(context, logDir, consoleLevel);
        Logger logger = context.getLogger("org.radassist.Example");
        Appender<ILoggingEvent> console = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, eventLevel, "message", null, null);
        FilterReply reply = console.getFilterChainDecision(event);
        context.stop();
        return reply;
    }
}
