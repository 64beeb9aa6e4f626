package org.radassist.inference;

/** Token counts from the response's {@code usage} object; -1 where the server sent none. */
public record Usage(int promptTokens, int completionTokens, int totalTokens) {

    public static final Usage UNKNOWN = new Usage(-1, -1, -1);

    public boolean known() {
        return totalTokens >= 0;
    }
}
