package org.radassist.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One undoable edit of a session's annotations. {@link #apply} and {@link #revert} return new
 * lists and leave their argument unchanged.
 */
public sealed interface AnnotationCommand {

    List<Annotation> apply(List<Annotation> annotations);

    List<Annotation> revert(List<Annotation> annotations);

    /** Adds an annotation at the end of the list. */
    record Add(Annotation annotation) implements AnnotationCommand {

        public Add {
            Objects.requireNonNull(annotation, "annotation");
        }

        @Override
        public List<Annotation> apply(List<Annotation> annotations) {
            List<Annotation> result = new ArrayList<>(annotations);
            result.add(annotation);
            return result;
        }

        @Override
        public List<Annotation> revert(List<Annotation> annotations) {
            return Commands.without(annotations, annotation.id());
        }
    }

    /** Deletes an annotation; undo puts it back at its former position. */
    record Delete(Annotation annotation, int position) implements AnnotationCommand {

        public Delete {
            Objects.requireNonNull(annotation, "annotation");
        }

        /** Returns the command that deletes {@code annotation} from {@code annotations}. */
        public static Delete of(List<Annotation> annotations, Annotation annotation) {
            return new Delete(annotation, Commands.indexOf(annotations, annotation.id()));
        }

        @Override
        public List<Annotation> apply(List<Annotation> annotations) {
            return Commands.without(annotations, annotation.id());
        }

        @Override
        public List<Annotation> revert(List<Annotation> annotations) {
            List<Annotation> result = new ArrayList<>(annotations);
            result.add(Math.max(0, Math.min(position, result.size())), annotation);
            return result;
        }
    }

    /**
     * Replaces an annotation by a changed one with the same id: a move, a resize or a text edit.
     */
    record Replace(Annotation before, Annotation after) implements AnnotationCommand {

        public Replace {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            if (!before.id().equals(after.id())) {
                throw new IllegalArgumentException("A replacement keeps the id: " + before.id() + " vs " + after.id());
            }
        }

        @Override
        public List<Annotation> apply(List<Annotation> annotations) {
            return Commands.replaced(annotations, after);
        }

        @Override
        public List<Annotation> revert(List<Annotation> annotations) {
            return Commands.replaced(annotations, before);
        }
    }

    /** List operations shared by the commands. */
    final class Commands {
        private Commands() {
        }

        static int indexOf(List<Annotation> annotations, String id) {
            for (int i = 0; i < annotations.size(); i++) {
                if (annotations.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        static List<Annotation> without(List<Annotation> annotations, String id) {
            List<Annotation> result = new ArrayList<>(annotations);
            result.removeIf(annotation -> annotation.id().equals(id));
            return result;
        }

        static List<Annotation> replaced(List<Annotation> annotations, Annotation replacement) {
            List<Annotation> result = new ArrayList<>(annotations);
            int index = indexOf(result, replacement.id());
            if (index >= 0) {
                result.set(index, replacement);
            }
            return result;
        }
    }
}
