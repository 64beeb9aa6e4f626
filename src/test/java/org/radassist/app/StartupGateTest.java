package org.radassist.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupGateTest {

    @Test
    void closedGate_keepsWorkUntilOpen() {
        StartupGate gate = StartupGate.closed();
        List<String> ran = new ArrayList<>();

        gate.runWhenOpen(() -> ran.add("warm-up"));
        gate.runWhenOpen(() -> ran.add("model input"));
        assertEquals(List.of(), ran);

        gate.open();
        assertEquals(List.of("warm-up", "model input"), ran);
    }

    @Test
    void openGate_runsWorkAtOnceAndOpensOnlyOnce() {
        StartupGate gate = StartupGate.closed();
        List<String> ran = new ArrayList<>();
        gate.runWhenOpen(() -> ran.add("first"));
        gate.open();

        gate.runWhenOpen(() -> ran.add("second"));
        gate.open();

        assertEquals(List.of("first", "second"), ran);
    }

    @Test
    void closedGate_keepsOnlyLatestWorkOfAKey() {
        StartupGate gate = StartupGate.closed();
        List<String> ran = new ArrayList<>();

        gate.runLatestWhenOpen("model input", () -> ran.add("slice 1"));
        gate.runWhenOpen(() -> ran.add("warm-up"));
        gate.runLatestWhenOpen("model input", () -> ran.add("slice 2"));
        gate.open();

        assertEquals(List.of("warm-up", "slice 2"), ran);
    }

    @Test
    void openedGate_runsWorkAtOnce() {
        List<String> ran = new ArrayList<>();

        StartupGate.opened().runWhenOpen(() -> ran.add("now"));

        assertEquals(List.of("now"), ran);
    }
}
