package org.jaywalk.framework.spi;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory in bytes: parsed from settings such as {@code 16g} or {@code 512M}, printed as
 * {@code 1.5 GiB}, and the amounts this process can count on (its heap, the machine's available memory).
 *
 * @param bytes the amount, at least 0
 */
public record MemorySize(long bytes) implements Comparable<MemorySize> {

    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?", Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGT";

    public MemorySize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a memory size cannot be negative: " + bytes);
        }
    }

    /**
     * {@code 123} (bytes), {@code 512k}, {@code 512M}, {@code 1.5g}, {@code 2T}, {@code 16GB} or {@code 16GiB};
     * units are powers of 1024.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static MemorySize parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size such as 512M or 16G");
        }
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : UNITS.indexOf(unit) + 1;
        return new MemorySize((long) (Double.parseDouble(m.group(1)) * Math.pow(1024, power)));
    }

    /** The most heap this JVM may use ({@code -Xmx}). */
    public static MemorySize heapMax() {
        return new MemorySize(Runtime.getRuntime().maxMemory());
    }

    /**
     * The machine's memory available to new allocations without swapping ({@code MemAvailable} of
     * {@code /proc/meminfo}, else the free physical memory the JVM reports), if known.
     */
    public static Optional<MemorySize> physicalAvailable() {
        Optional<MemorySize> available = procKilobytes("/proc/meminfo", "MemAvailable:");
        if (available.isPresent()) {
            return available;
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Optional.of(new MemorySize(os.getFreeMemorySize()));
        }
        return Optional.empty();
    }

    /** What this process holds in physical memory now ({@code VmRSS} of {@code /proc/self/status}), if known. */
    public static Optional<MemorySize> resident() {
        return procKilobytes("/proc/self/status", "VmRSS:");
    }

    /** The {@code <key> <n> kB} line of a Linux {@code /proc} file, or empty (not Linux). */
    private static Optional<MemorySize> procKilobytes(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return Optional.of(new MemorySize(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Optional.empty();
    }

    public MemorySize plus(MemorySize other) {
        return new MemorySize(Math.addExact(bytes, other.bytes));
    }

    @Override
    public int compareTo(MemorySize other) {
        return Long.compare(bytes, other.bytes);
    }

    /** E.g. {@code 812 bytes}, {@code 3.4 MiB}, {@code 22.6 GiB}. */
    @Override
    public String toString() {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        int unit = Math.min((63 - Long.numberOfLeadingZeros(bytes)) / 10, UNITS.length());
        return String.format(Locale.ROOT, "%.1f %siB", bytes / Math.pow(1024, unit), UNITS.charAt(unit - 1));
    }
}
