package org.radassist.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * One data set: the data elements of a file, of its file meta information or of a sequence item,
 * sorted by tag. Text is decoded with the Specific Character Set of this data set, or of the
 * enclosing data set when an item has none.
 */
public final class Attributes {

    private final TreeMap<Integer, DataElement> elements = new TreeMap<>(Integer::compareUnsigned);
    private final Attributes parent;
    private SpecificCharacterSet characterSet;

    /** Creates an empty data set; {@code parent} is the enclosing data set of an item, or null. */
    public Attributes(Attributes parent) {
        this.parent = parent;
    }

    public Attributes() {
        this(null);
    }

    void put(DataElement element) {
        elements.put(element.tag(), element);
        if (element.tag() == Tag.SpecificCharacterSet) {
            characterSet = null;
        }
    }

    /** Returns the enclosing data set of a sequence item, or null at the top level. */
    public Attributes parent() {
        return parent;
    }

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public int size() {
        return elements.size();
    }

    /** Returns the element with this tag, or null. */
    public DataElement get(int tag) {
        return elements.get(tag);
    }

    /** Returns the elements in ascending tag order (tags compared as unsigned numbers). */
    public Collection<DataElement> elements() {
        return Collections.unmodifiableCollection(elements.values());
    }

    /** Returns the VR of the element with this tag, or null when it is absent. */
    public VR getVR(int tag) {
        DataElement element = elements.get(tag);
        return element == null ? null : element.vr();
    }

    /**
     * Returns a copy of the value bytes (little endian), or null when the element is absent. A
     * sequence or encapsulated pixel data returns an empty array; use {@link #get} for its items
     * or fragments.
     */
    public byte[] getBytes(int tag) {
        DataElement element = elements.get(tag);
        return element == null ? null : element.bytes();
    }

    /** Returns the items of a sequence, or an empty list when it is absent or not a sequence. */
    public List<Attributes> getSequence(int tag) {
        DataElement element = elements.get(tag);
        return element == null ? List.of() : element.items();
    }

    /** Returns the character set that decodes text in this data set. */
    public SpecificCharacterSet characterSet() {
        if (characterSet == null) {
            DataElement element = elements.get(Tag.SpecificCharacterSet);
            if (element != null) {
                characterSet = SpecificCharacterSet.of(splitValues(decodeAscii(element)));
            } else if (parent != null) {
                characterSet = parent.characterSet();
            } else {
                characterSet = SpecificCharacterSet.DEFAULT;
            }
        }
        return characterSet;
    }

    /**
     * Returns the first value, trimmed of spaces and NUL padding, or null when the element is
     * absent or its first value is empty. Binary numbers are formatted as decimal text.
     */
    public String getString(int tag) {
        String[] values = getStrings(tag);
        if (values.length == 0 || values[0].isEmpty()) {
            return null;
        }
        return values[0];
    }

    /** Returns the first value, or {@code defaultValue} when absent or empty. */
    public String getString(int tag, String defaultValue) {
        String value = getString(tag);
        return value == null ? defaultValue : value;
    }

    /**
     * Returns all values, split at backslashes (except for LT, ST, UT and UR) and trimmed. The
     * array is empty when the element is absent, empty or a sequence.
     */
    public String[] getStrings(int tag) {
        DataElement element = elements.get(tag);
        if (element == null || element.isSequence() || element.isEncapsulated() || element.length() == 0) {
            return new String[0];
        }
        VR vr = element.vr();
        if (vr.kind() == VR.Kind.TEXT) {
            SpecificCharacterSet charset = characterSet();
            if (vr.isSingleValuedText()) {
                return new String[] {trim(charset.decode(element.buffer(), element.valueOffset(), element.length()))};
            }
            String[] values = charset.decodeValues(element.buffer(), element.valueOffset(), element.length());
            for (int i = 0; i < values.length; i++) {
                values[i] = trim(values[i]);
            }
            return values;
        }
        if (vr.isString() || vr == VR.UN || vr == VR.OB) {
            String text = decodeAscii(element);
            return vr.isSingleValuedText() ? new String[] {trim(text)} : splitValues(text);
        }
        double[] numbers = getDoubles(tag);
        String[] values = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            double number = numbers[i];
            values[i] = number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString((long) number) : Double.toString(number);
        }
        return values;
    }

    /** Returns the first value as an int, or {@code defaultValue} when absent or not a number. */
    public int getInt(int tag, int defaultValue) {
        double[] values = getDoubles(tag);
        if (values.length == 0 || Double.isNaN(values[0])) {
            return defaultValue;
        }
        return (int) values[0];
    }

    /**
     * Returns all values as ints; text values that are not numbers are skipped. Use this for
     * US, SS, UL, SL, IS and AT; UL values above {@code Integer.MAX_VALUE} wrap.
     */
    public int[] getInts(int tag) {
        double[] values = getDoubles(tag);
        int[] ints = new int[values.length];
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                ints[count++] = (int) (long) value;
            }
        }
        return count == ints.length ? ints : Arrays.copyOf(ints, count);
    }

    /** Returns the first value as a double, or {@code defaultValue} when absent or not a number. */
    public double getDouble(int tag, double defaultValue) {
        double[] values = getDoubles(tag);
        if (values.length == 0 || Double.isNaN(values[0])) {
            return defaultValue;
        }
        return values[0];
    }

    /**
     * Returns all values as numbers: DS and IS are parsed (NaN for a value that is not a
     * number), binary VRs (US, SS, UL, SL, FL, FD, OW, OF, OD, SV, UV, AT) are read as little
     * endian. Returns an empty array when the element is absent or contains no number.
     */
    public double[] getDoubles(int tag) {
        DataElement element = elements.get(tag);
        if (element == null || element.isSequence() || element.isEncapsulated()) {
            return new double[0];
        }
        VR vr = element.vr();
        if (vr.isString() || vr == VR.UN) {
            String[] texts = splitValues(decodeAscii(element));
            if (texts.length == 1 && texts[0].isEmpty()) {
                return new double[0];
            }
            double[] values = new double[texts.length];
            for (int i = 0; i < texts.length; i++) {
                values[i] = parseNumber(texts[i]);
            }
            return values;
        }
        return readBinaryNumbers(element);
    }

    private static double[] readBinaryNumbers(DataElement element) {
        VR vr = element.vr();
        int size = vr == VR.AT ? 4 : vr.numberSize();
        if (size == 0) {
            size = 1;
        }
        int count = element.length() / size;
        ByteBuffer buffer = ByteBuffer.wrap(element.buffer(), element.valueOffset(), element.length())
                .slice().order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            int at = i * size;
            switch (vr) {
                case US, OW -> values[i] = buffer.getShort(at) & 0xFFFF;
                case SS -> values[i] = buffer.getShort(at);
                case UL, OL -> values[i] = buffer.getInt(at) & 0xFFFFFFFFL;
                case SL -> values[i] = buffer.getInt(at);
                case FL, OF -> values[i] = buffer.getFloat(at);
                case FD, OD -> values[i] = buffer.getDouble(at);
                case SV, UV, OV -> values[i] = buffer.getLong(at);
                case AT -> values[i] = ((buffer.getShort(at) & 0xFFFFL) << 16) | (buffer.getShort(at + 2) & 0xFFFF);
                default -> values[i] = buffer.get(at) & 0xFF;
            }
        }
        return values;
    }

    private static double parseNumber(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String decodeAscii(DataElement element) {
        // ISO-8859-1 keeps stray bytes above 0x7F visible instead of failing on them.
        return new String(element.buffer(), element.valueOffset(), element.length(), StandardCharsets.ISO_8859_1);
    }

    private static String[] splitValues(String text) {
        List<String> values = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\\') {
                values.add(trim(text.substring(start, i)));
                start = i + 1;
            }
        }
        return values.toArray(new String[0]);
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPadding(text.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\0';
    }

    @Override
    public String toString() {
        return "Attributes[" + elements.size() + " elements]";
    }
}
