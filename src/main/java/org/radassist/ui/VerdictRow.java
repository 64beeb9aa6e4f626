package org.radassist.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.radassist.review.Verdict;
import org.radassist.review.VerdictKind;

/**
 * One judged part of the findings: its text, the agree / disagree / edit buttons and, for edit,
 * a field with the corrected text. Node ids start with {@code verdict-<part>-} ({@code part} is
 * {@code diagnosis}, {@code impression} or {@code finding-N}, N from 0).
 */
final class VerdictRow {

    private final VBox root = new VBox(3);
    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton agree;
    private final ToggleButton disagree;
    private final ToggleButton edit;
    private final TextField corrected = new TextField();
    private final String originalText;
    private boolean applying;

    VerdictRow(Localization text, String part, String title, String originalText, Consumer<Verdict> onChange) {
        this.originalText = originalText;
        Label label = new Label(title);
        label.setWrapText(true);
        label.getStyleClass().add("verdict-text");
        agree = toggle(text.get("review.verdict.AGREE"), "verdict-" + part + "-agree");
        disagree = toggle(text.get("review.verdict.DISAGREE"), "verdict-" + part + "-disagree");
        edit = toggle(text.get("review.verdict.edit"), "verdict-" + part + "-edit");
        corrected.setId("verdict-" + part + "-text");
        corrected.setPromptText(text.get("review.correctedPrompt"));
        corrected.visibleProperty().bind(edit.selectedProperty());
        corrected.managedProperty().bind(corrected.visibleProperty());

        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (applying) {
                return;
            }
            if (selected == edit && corrected.getText().isEmpty()) {
                applying = true;
                corrected.setText(originalText);
                applying = false;
            }
            onChange.accept(current());
        });
        corrected.textProperty().addListener((observable, old, value) -> {
            if (!applying && edit.isSelected()) {
                onChange.accept(current());
            }
        });
        root.getChildren().addAll(label, new HBox(4, agree, disagree, edit), corrected);
        root.getStyleClass().add("verdict-row");
    }

    VBox node() {
        return root;
    }

    /** Shows a stored verdict without reporting it back as a change. */
    void show(Verdict verdict) {
        applying = true;
        try {
            VerdictKind kind = verdict == null ? null : verdict.kind();
            group.selectToggle(kind == VerdictKind.AGREE ? agree
                    : kind == VerdictKind.DISAGREE ? disagree
                    : kind == VerdictKind.EDITED ? edit : null);
            String correctedText = kind == VerdictKind.EDITED ? verdict.correctedText() : "";
            if (!corrected.getText().equals(correctedText)) {
                corrected.setText(correctedText);
            }
        } finally {
            applying = false;
        }
    }

    private Verdict current() {
        if (agree.isSelected()) {
            return Verdict.agree();
        }
        if (disagree.isSelected()) {
            return Verdict.disagree();
        }
        if (edit.isSelected()) {
            return Verdict.edited(corrected.getText().isEmpty() ? originalText : corrected.getText());
        }
        return null;
    }

    private ToggleButton toggle(String label, String id) {
        ToggleButton button = new ToggleButton(label);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }
}
