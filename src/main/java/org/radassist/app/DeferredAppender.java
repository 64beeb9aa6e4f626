package org.radassist.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.function.Supplier;

/**
 * An appender that creates and starts its delegate at the first event. A command that logs
 * nothing (render, info, --version) then does not pay for setting up the rolling log file, whose
 * date patterns and locale data cost more start-up time than the rest of the logging set-up.
 */
final class DeferredAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private final Supplier<Appender<ILoggingEvent>> factory;
    private volatile Appender<ILoggingEvent> delegate;

    DeferredAppender(String name, Supplier<Appender<ILoggingEvent>> factory) {
        this.factory = factory;
        setName(name);
    }

    @Override
    protected void append(ILoggingEvent event) {
        Appender<ILoggingEvent> target = delegate;
        if (target == null) {
            synchronized (this) {
                target = delegate;
                if (target == null) {
                    target = factory.get();
                    delegate = target;
                }
            }
        }
        target.doAppend(event);
    }

    /** Returns the delegate, or null before the first event. */
    Appender<ILoggingEvent> delegate() {
        return delegate;
    }

    @Override
    public void stop() {
        Appender<ILoggingEvent> target = delegate;
        if (target != null) {
            target.stop();
        }
        super.stop();
    }
}
