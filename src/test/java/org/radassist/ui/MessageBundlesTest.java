package org.radassist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the English and Simplified Chinese bundles against each other and against their users. */
class MessageBundlesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java/org/radassist/ui");
    private static final Path FXML_DIRECTORY = Path.of("src/main/resources/org/radassist/ui");

    private static Properties load(String fileName) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/radassist/i18n/" + fileName);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void bundles_haveEqualKeys() throws IOException {
        Set<String> english = keys(load("messages.properties"));
        Set<String> chinese = keys(load("messages_zh_CN.properties"));

        Set<String> missingInChinese = new TreeSet<>(english);
        missingInChinese.removeAll(chinese);
        Set<String> missingInEnglish = new TreeSet<>(chinese);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInChinese, "keys missing in messages_zh_CN.properties");
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages.properties");
    }

    @Test
    void bundles_haveNoEmptyValues() throws IOException {
        for (String fileName : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties properties = load(fileName);
            for (String key : keys(properties)) {
                assertFalse(properties.getProperty(key).isBlank(), fileName + ": " + key + " is empty");
            }
        }
    }

    @Test
    void bundles_placeholdersMatchAndFormat() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d)}");
        for (String key : keys(english)) {
            Set<String> englishPlaceholders = matches(placeholder, english.getProperty(key));
            Set<String> chinesePlaceholders = matches(placeholder, chinese.getProperty(key));
            assertEquals(englishPlaceholders, chinesePlaceholders, "placeholders of " + key);
            if (!englishPlaceholders.isEmpty()) {
                Object[] arguments = {"a", 1, 2, "b", 3L, "c"};
                assertTrue(new MessageFormat(english.getProperty(key)).format(arguments).contains("a"), key);
                assertTrue(new MessageFormat(chinese.getProperty(key)).format(arguments).contains("a"), key);
            }
        }
    }

    @Test
    void chineseBundle_readsUtf8AndTranslates() {
        Localization chinese = new Localization(Localization.loadBundle(Locale.SIMPLIFIED_CHINESE));
        Localization english = new Localization(Localization.loadBundle(Locale.ENGLISH));

        assertEquals("文件", chinese.get("menu.file"));
        assertEquals("分析", chinese.get("analyze"));
        assertEquals("File", english.get("menu.file"));
        assertEquals("输出内容仅为初步结果，需要独立核实；不应直接用于指导诊断或治疗。", chinese.get("findings.caution"));
        assertEquals("Output is preliminary and needs independent verification; it is not meant to directly "
                + "inform diagnosis or treatment.", english.get("findings.caution"));
        assertNotEquals(english.get("findings.demo"), chinese.get("findings.demo"));
    }

    @Test
    void englishBundle_ignoresDefaultLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("File", Localization.loadBundle(Locale.ENGLISH).getString("menu.file"));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void fxmlKeys_existInBundle() throws IOException {
        Set<String> english = keys(load("messages.properties"));
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.list(FXML_DIRECTORY)) {
            for (Path fxml : files.filter(path -> path.toString().endsWith(".fxml")).toList()) {
                for (String used : matches(key, Files.readString(fxml))) {
                    if (!english.contains(used)) {
                        missing.add(fxml.getFileName() + ": " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void javaKeys_existInBundle() throws IOException {
        Set<String> english = keys(load("messages.properties"));
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("text\\.(?:get|format)\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        try (Stream<Path> files = Files.list(MAIN_SOURCES)) {
            for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String used : matches(key, Files.readString(source))) {
                    if (!english.contains(used)) {
                        missing.add(source.getFileName() + ": " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void reasonKeys_existForEveryReason() throws IOException {
        Properties english = load("messages.properties");
        for (WorkbenchException.Reason reason : WorkbenchException.Reason.values()) {
            assertTrue(english.containsKey("error." + reason.name()), "error." + reason.name());
        }
        for (String kind : EndpointSettingsViewModel.KINDS) {
            assertTrue(english.containsKey("settings.kind." + kind), "settings.kind." + kind);
        }
        for (String auth : EndpointSettingsViewModel.AUTH_METHODS) {
            assertTrue(english.containsKey("settings.auth." + auth), "settings.auth." + auth);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
