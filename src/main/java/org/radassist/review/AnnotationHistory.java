package org.radassist.review;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo of annotation edits as {@link AnnotationCommand}s. Executing a new command
 * clears the redo stack. The history is not saved: it starts empty when a session is reopened.
 * Not thread-safe; the UI uses it from the JavaFX thread.
 */
public final class AnnotationHistory {

    /** Bound on the undo stack, so a long session does not keep every edit. */
    static final int MAX_UNDO = 200;

    private final Deque<AnnotationCommand> undo = new ArrayDeque<>();
    private final Deque<AnnotationCommand> redo = new ArrayDeque<>();

    /** Applies the command to the session's annotations and records it for undo. */
    public ReviewSession execute(ReviewSession session, AnnotationCommand command) {
        ReviewSession result = session.withAnnotations(command.apply(session.annotations()));
        undo.push(command);
        if (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        return result;
    }

    /** Reverts the last command; returns the session unchanged when there is nothing to undo. */
    public ReviewSession undo(ReviewSession session) {
        AnnotationCommand command = undo.poll();
        if (command == null) {
            return session;
        }
        redo.push(command);
        return session.withAnnotations(command.revert(session.annotations()));
    }

    /** Applies the last undone command again; returns the session unchanged when there is none. */
    public ReviewSession redo(ReviewSession session) {
        AnnotationCommand command = redo.poll();
        if (command == null) {
            return session;
        }
        undo.push(command);
        return session.withAnnotations(command.apply(session.annotations()));
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
