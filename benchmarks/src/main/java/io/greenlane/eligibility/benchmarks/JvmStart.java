package io.greenlane.eligibility.benchmarks;

/**
 * The JVM's own start-up, the cold-start yardstick of {@code cold-start.sh}: a main that prints one line and ends,
 * from a class folder, so that nothing but the JVM is timed.
 */
public final class JvmStart {

    private JvmStart() {
    }

    public static void main(String[] args) {
        System.out.println("usage: nothing");
    }
}
