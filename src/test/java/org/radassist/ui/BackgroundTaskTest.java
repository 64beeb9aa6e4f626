package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    private final QueuedExecutorService background = new QueuedExecutorService();
    private final List<Runnable> results = new ArrayList<>();
    private final TaskExecutor executor = new TaskExecutor(background, results::add);
    private final List<String> events = new ArrayList<>();

    private void deliverResults() {
        List<Runnable> pending = new ArrayList<>(results);
        results.clear();
        pending.forEach(Runnable::run);
    }

    @Test
    void success_runsSuccessThenFinished() {
        BackgroundTask.wrap(cancel -> "done")
                .onSuccess(result -> events.add("success " + result))
                .onFailure(error -> events.add("failure"))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        background.runAll();

        assertEquals(List.of(), events, "callbacks wait for the result executor");
        deliverResults();
        assertEquals(List.of("success done", "finished"), events);
    }

    @Test
    void failure_runsFailureThenFinished() {
        BackgroundTask.<String>wrap(cancel -> {
                    throw new WorkbenchException(WorkbenchException.Reason.NOT_AN_IMAGE, "sr.dcm: no pixel data");
                })
                .onSuccess(result -> events.add("success"))
                .onFailure(error -> events.add("failure " + error.getMessage()))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        background.runAll();
        deliverResults();

        assertEquals(List.of("failure sr.dcm: no pixel data", "finished"), events);
    }

    @Test
    void cancelBeforeStart_skipsWorkAndCallbacks() {
        AtomicInteger runs = new AtomicInteger();
        BackgroundTask<Integer> task = BackgroundTask.wrap(cancel -> runs.incrementAndGet())
                .onSuccess(result -> events.add("success"))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);

        task.cancel();
        background.runAll();
        deliverResults();

        assertEquals(0, runs.get());
        assertEquals(List.of(), events);
        assertTrue(task.isCancelled());
    }

    @Test
    void cancelAfterWork_suppressesDeliveredResult() {
        BackgroundTask<String> task = BackgroundTask.wrap(cancel -> "late")
                .onSuccess(result -> events.add("success"))
                .onFinished(() -> events.add("finished"))
                .executeWith(executor);
        background.runAll();

        task.cancel();
        deliverResults();

        assertEquals(List.of(), events);
    }

    @Test
    void cancel_runsActionRegisteredByWork() {
        AtomicInteger aborts = new AtomicInteger();
        BackgroundTask<String> task = BackgroundTask.wrap(cancel -> {
                    cancel.onCancel(aborts::incrementAndGet);
                    return "started";
                })
                .executeWith(executor);
        background.runAll();

        task.cancel();
        task.cancel();

        assertEquals(1, aborts.get());
    }

    @Test
    void cancelHandle_runsLateActionImmediately() {
        CancelHandle handle = new CancelHandle();
        AtomicInteger aborts = new AtomicInteger();

        handle.cancel();
        handle.onCancel(aborts::incrementAndGet);

        assertEquals(1, aborts.get());
        assertTrue(handle.isCancelled());
    }
}
