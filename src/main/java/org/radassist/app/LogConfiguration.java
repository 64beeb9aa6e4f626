package org.radassist.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * RadAssist's logging set-up, in code so that start-up skips logback's XML configuration (Joran
 * and the JDK's XML parser): {@code radassist --version} took about 0.2 s less CPU time with it
 * (0.77 s against 0.97 s, see docs/benchmarks.md). Logback finds this class through
 * META-INF/services. A {@code -Dlogback.configurationFile} option or a
 * {@code logback-test.xml} on the class path takes precedence, as logback's own order has it.
 *
 * <p>The log file always gets INFO and above. The console gets nothing unless the system property
 * {@code radassist.console.level} names a level: the command line prints its own one-line
 * messages, and Main sets WARN for the GUI.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The file log's line layout; AuditLogTest reads lines of this form. */
    static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    static final String CONSOLE_PATTERN = "%level %logger{0}: %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String home = System.getProperty("user.home");
        Path logDir = Path.of(System.getProperty("radassist.log.dir",
                Path.of(home, ".local", "share", "radassist", "logs").toString()));
        apply(context, logDir, System.getProperty("radassist.console.level", "OFF"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sets up the console and rolling file appenders, and the INFO root level, on {@code context}.
     * The file appender is created at the first event that reaches it.
     */
    static void apply(LoggerContext context, Path logDir, String consoleLevel) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(consoleLevel);
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        DeferredAppender file = new DeferredAppender("FILE", () -> rollingFile(context, logDir));
        file.setContext(context);
        file.start();

        context.getLogger("okhttp3").setLevel(Level.WARN);
        context.getLogger("com.google").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        root.addAppender(file);
    }

    /** Returns the started rolling file appender: 10 MB files, 14 days, 200 MB in all. */
    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path logDir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir.resolve("radassist.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir.resolve("radassist.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
