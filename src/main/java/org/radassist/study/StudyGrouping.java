package org.radassist.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups instances into studies and series and puts each series into slice order. */
final class StudyGrouping {

    private StudyGrouping() {
    }

    /**
     * Groups by Study Instance UID, then Series Instance UID. A DICOM file without a Series
     * Instance UID and every PNG file form a series of their own.
     */
    static List<Study> group(List<Instance> instances) {
        Map<String, Map<String, List<Instance>>> byStudy = new LinkedHashMap<>();
        for (Instance instance : instances) {
            String seriesKey = instance.seriesInstanceUid().isEmpty()
                    ? "file:" + instance.path().toAbsolutePath().normalize()
                    : instance.seriesInstanceUid();
            byStudy.computeIfAbsent(instance.studyInstanceUid(), uid -> new LinkedHashMap<>())
                    .computeIfAbsent(seriesKey, uid -> new ArrayList<>())
                    .add(instance);
        }

        List<Study> studies = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Instance>>> study : byStudy.entrySet()) {
            List<Series> series = new ArrayList<>();
            for (Map.Entry<String, List<Instance>> members : study.getValue().entrySet()) {
                series.add(toSeries(members.getKey(), members.getValue()));
            }
            series.sort(Comparator.comparing(Series::seriesNumber, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Series::description)
                    .thenComparing(Series::seriesInstanceUid));
            Instance first = firstWith(study.getValue(), Instance::studyDescription);
            Instance dated = firstWith(study.getValue(), Instance::studyDate);
            studies.add(new Study(study.getKey(), first == null ? "" : first.studyDescription(),
                    dated == null ? "" : dated.studyDate(), series));
        }
        studies.sort(Comparator.comparing(Study::date)
                .thenComparing(Study::description)
                .thenComparing(Study::studyInstanceUid));
        return studies;
    }

    private static Series toSeries(String key, List<Instance> members) {
        List<Instance> images = new ArrayList<>();
        List<Instance> others = new ArrayList<>();
        for (Instance instance : members) {
            (instance.isImage() ? images : others).add(instance);
        }
        List<Instance> ordered = new ArrayList<>(SliceOrder.sort(images));
        List<Slice> slices = new ArrayList<>();
        for (Instance image : ordered) {
            for (int frame = 0; frame < image.frameCount(); frame++) {
                slices.add(new Slice(image, frame));
            }
        }
        others.sort(Comparator.comparing(Instance::fileName));
        ordered.addAll(others);

        Instance head = ordered.get(0);
        Integer number = null;
        String description = "";
        String modality = "";
        for (Instance instance : ordered) {
            number = number != null ? number : instance.seriesNumber();
            description = !description.isEmpty() ? description : instance.seriesDescription();
            modality = !modality.isEmpty() ? modality : instance.modality();
        }
        if (head.kind() == Instance.Kind.PNG) {
            description = head.fileName();
        }
        return new Series(key, number, modality, description, ordered, slices);
    }

    private static Instance firstWith(Map<String, List<Instance>> series,
            java.util.function.Function<Instance, String> attribute) {
        for (List<Instance> members : series.values()) {
            for (Instance instance : members) {
                if (!attribute.apply(instance).isEmpty()) {
                    return instance;
                }
            }
        }
        return null;
    }
}
