package org.radassist.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.KeyCombination;

/**
 * Keyboard and mouse shortcuts that are not menu accelerators, listed in the shortcuts help
 * dialog after the menu's own. A feature registers its keys once, for example
 * {@code Shortcuts.register(Shortcuts.keys(KeyCombination.valueOf("Shortcut+C")), "shortcut.copyValue")}.
 */
public final class Shortcuts {

    /**
     * One shortcut.
     *
     * @param keys the keys as shown, or a bundle key starting with {@code shortcut.} for keys that
     *     need translating, such as the mouse wheel
     * @param descriptionKey the bundle key of what the shortcut does
     */
    public record Shortcut(String keys, String descriptionKey) {
    }

    private static final List<Shortcut> REGISTERED = new CopyOnWriteArrayList<>(List.of(
            new Shortcut("↑ / ↓", "shortcut.slice"),
            new Shortcut("shortcut.wheel", "shortcut.slice"),
            new Shortcut("Page Up / Page Down", "shortcut.slicePage"),
            new Shortcut("Home / End", "shortcut.sliceEnds"),
            new Shortcut(keys(TagBrowserDialog.COPY), "shortcut.copyValue"),
            new Shortcut("Enter", "shortcut.analyze"),
            // Keys of the image area (ViewportControls), the slice marking and the annotation layer.
            new Shortcut("← / →", "shortcut.slice"),
            new Shortcut("W", "shortcut.toolWindow"),
            new Shortcut("P", "shortcut.toolPan"),
            new Shortcut("Z", "shortcut.toolZoom"),
            new Shortcut("shortcut.shiftDrag", "shortcut.pan"),
            new Shortcut("shortcut.rightDrag", "shortcut.zoom"),
            new Shortcut("shortcut.ctrlWheel", "shortcut.zoom"),
            new Shortcut("+ / −", "shortcut.zoom"),
            new Shortcut("F", "shortcut.fit"),
            new Shortcut("1", "shortcut.actualSize"),
            new Shortcut("[ / ]", "shortcut.rotate"),
            new Shortcut("H", "shortcut.flipHorizontal"),
            new Shortcut("V", "shortcut.flipVertical"),
            new Shortcut("I", "shortcut.invert"),
            new Shortcut("R", "shortcut.reset"),
            new Shortcut("shortcut.space", "shortcut.cine"),
            new Shortcut("M", "shortcut.markSlice"),
            new Shortcut(keys(KeyCombination.valueOf("Shortcut+Z")), "shortcut.undo"),
            new Shortcut(keys(KeyCombination.valueOf("Shortcut+Y")) + " / "
                    + keys(KeyCombination.valueOf("Shortcut+Shift+Z")), "shortcut.redo"),
            new Shortcut("shortcut.deleteKey", "shortcut.deleteAnnotation"),
            // The annotation tools (AnnotationLayer.TOOL_KEYS).
            new Shortcut("S", "shortcut.annotateSelect"),
            new Shortcut("A", "shortcut.annotateArrow"),
            new Shortcut("L", "shortcut.annotateLine"),
            new Shortcut("E", "shortcut.annotateEllipse"),
            new Shortcut("B", "shortcut.annotateRectangle"),
            new Shortcut("T", "shortcut.annotateText"),
            new Shortcut("shortcut.escapeKey", "shortcut.annotateEscape")));

    private Shortcuts() {
    }

    /** Returns how the platform shows a key combination, such as "Ctrl+C" or "⌘C". */
    public static String keys(KeyCombination combination) {
        return combination.getDisplayText();
    }

    /** Adds a shortcut to the help dialog; registering the same keys and description twice lists them once. */
    public static void register(String keys, String descriptionKey) {
        Shortcut shortcut = new Shortcut(keys, descriptionKey);
        if (!REGISTERED.contains(shortcut)) {
            REGISTERED.add(shortcut);
        }
    }

    /** Returns the registered shortcuts in registration order. */
    public static List<Shortcut> registered() {
        return List.copyOf(REGISTERED);
    }
}
