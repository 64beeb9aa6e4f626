package org.radassist.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The findings pane's content: the parsed sections of one {@link AnalysisOutcome}. */
public final class FindingsModel {

    private final BooleanProperty present = new SimpleBooleanProperty(this, "present");
    private final StringProperty diagnosis = new SimpleStringProperty(this, "diagnosis", "");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final StringProperty impression = new SimpleStringProperty(this, "impression", "");
    private final StringProperty recommendations = new SimpleStringProperty(this, "recommendations", "");
    private final StringProperty rawContent = new SimpleStringProperty(this, "rawContent", "");
    private final StringProperty thought = new SimpleStringProperty(this, "thought", "");
    private final BooleanProperty truncated = new SimpleBooleanProperty(this, "truncated");
    private final BooleanProperty structured = new SimpleBooleanProperty(this, "structured");
    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");
    private final ObjectProperty<AnalysisOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");

    /** Replaces the content with the outcome's sections; {@code null} sections become empty. */
    public void show(AnalysisOutcome outcome) {
        diagnosis.set(nonNull(outcome.diagnosis()));
        findings.setAll(outcome.findings());
        impression.set(nonNull(outcome.impression()));
        recommendations.set(nonNull(outcome.recommendations()));
        rawContent.set(nonNull(outcome.rawContent()));
        thought.set(nonNull(outcome.thought()));
        truncated.set(outcome.truncated());
        structured.set(outcome.structured());
        demo.set(outcome.demo());
        present.set(true);
        this.outcome.set(outcome);
    }

    public void clear() {
        outcome.set(null);
        present.set(false);
        diagnosis.set("");
        findings.clear();
        impression.set("");
        recommendations.set("");
        rawContent.set("");
        thought.set("");
        truncated.set(false);
        structured.set(false);
        demo.set(false);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }

    /** The outcome shown, or {@code null}; the review session records each new one. */
    public ObjectProperty<AnalysisOutcome> outcomeProperty() {
        return outcome;
    }

    /** Whether an outcome is shown. */
    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty diagnosisProperty() {
        return diagnosis;
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public StringProperty impressionProperty() {
        return impression;
    }

    public StringProperty recommendationsProperty() {
        return recommendations;
    }

    public StringProperty rawContentProperty() {
        return rawContent;
    }

    public StringProperty thoughtProperty() {
        return thought;
    }

    public BooleanProperty truncatedProperty() {
        return truncated;
    }

    public BooleanProperty structuredProperty() {
        return structured;
    }

    public BooleanProperty demoProperty() {
        return demo;
    }
}
