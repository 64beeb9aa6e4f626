package org.radassist.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationHistoryTest {

    private static final String KEY = "0".repeat(64) + "-0";

    private final AnnotationHistory history = new AnnotationHistory();
    private final ReviewSession empty = ReviewSession.start(new ImageKey(KEY), "a.dcm", "/tmp/a.dcm", 0, "CT");
    private final ArrowAnnotation arrow = new ArrowAnnotation("a", new ImagePoint(1, 2), new ImagePoint(3, 4));
    private final TextAnnotation note = new TextAnnotation("t", new ImagePoint(5, 6), "nodule");

    @Test
    void undoRedo_addThenUndoThenRedo() {
        ReviewSession added = history.execute(empty, new AnnotationCommand.Add(arrow));
        ReviewSession undone = history.undo(added);
        ReviewSession redone = history.redo(undone);

        assertEquals(List.of(arrow), added.annotations());
        assertEquals(List.of(), undone.annotations());
        assertEquals(List.of(arrow), redone.annotations());
    }

    @Test
    void undo_deleteRestoresPosition() {
        ReviewSession session = history.execute(empty, new AnnotationCommand.Add(arrow));
        session = history.execute(session, new AnnotationCommand.Add(note));

        ReviewSession deleted = history.execute(session, AnnotationCommand.Delete.of(session.annotations(), arrow));
        ReviewSession restored = history.undo(deleted);

        assertEquals(List.of(note), deleted.annotations());
        assertEquals(List.of(arrow, note), restored.annotations());
    }

    @Test
    void undo_moveAndTextEditReturnPreviousValues() {
        ReviewSession session = history.execute(empty, new AnnotationCommand.Add(note));
        TextAnnotation moved = note.translated(10, 0);
        session = history.execute(session, new AnnotationCommand.Replace(note, moved));
        TextAnnotation edited = moved.withText("calcified nodule");
        session = history.execute(session, new AnnotationCommand.Replace(moved, edited));

        assertEquals(List.of(edited), session.annotations());
        session = history.undo(session);
        assertEquals(List.of(moved), session.annotations());
        session = history.undo(session);
        assertEquals(List.of(note), session.annotations());
    }

    @Test
    void execute_clearsRedo() {
        ReviewSession session = history.execute(empty, new AnnotationCommand.Add(arrow));
        session = history.undo(session);
        assertTrue(history.canRedo());

        history.execute(session, new AnnotationCommand.Add(note));

        assertFalse(history.canRedo());
        assertTrue(history.canUndo());
    }

    @Test
    void undo_emptyHistoryKeepsSession() {
        assertEquals(empty, history.undo(empty));
        assertEquals(empty, history.redo(empty));
    }

    @Test
    void verdicts_withFindingPadsEarlierEntries() {
        Verdicts verdicts = Verdicts.none().withFinding(2, Verdict.edited("small effusion"));

        assertEquals(3, verdicts.findings().size());
        assertEquals(null, verdicts.finding(0));
        assertEquals(VerdictKind.EDITED, verdicts.finding(2).kind());
        assertEquals("small effusion", verdicts.finding(2).correctedText());
    }
}
