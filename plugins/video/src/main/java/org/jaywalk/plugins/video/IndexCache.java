package org.jaywalk.plugins.video;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index cache file: one JSON file per dataset location, {@code <cache-dir>/<type>-<hash of location>.json},
 * holding every video's stamp (size and modification time) with its metadata or its skip reason. Written
 * atomically; a missing, unreadable or foreign file is treated as empty.
 */
final class IndexCache {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCache.class);
    private static final String FORMAT = "jaywalk-video-index";
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A cached video: its key and stamp, and either its metadata or the reason it was skipped. */
    record Entry(String key, FileStamp stamp, VideoMetadata metadata, String skipped) {
    }

    /** The file's content. */
    record Content(String format, int version, String type, String location, List<Entry> videos) {
    }

    private IndexCache() {
    }

    /** {@code $XDG_CACHE_HOME/jaywalk/video-index}, or {@code ~/.cache/jaywalk/video-index}. */
    static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("jaywalk").resolve("video-index");
    }

    /** The cache file of {@code catalog}'s dataset in {@code directory}. */
    static Path file(Path directory, VideoCatalog catalog) {
        return directory.resolve(catalog.kind() + "-" + sha1(catalog.location().toString()).substring(0, 16)
                + ".json");
    }

    /** The cached entries for {@code catalog}, or none if there is no usable cache file. */
    static List<Entry> read(Path file, VideoCatalog catalog) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Content content = JSON.readValue(file.toFile(), Content.class);
            if (!FORMAT.equals(content.format()) || content.version() != VERSION
                    || !catalog.kind().equals(content.type())
                    || !catalog.location().toString().equals(content.location()) || content.videos() == null) {
                LOG.info("ignoring the video index cache {}: it was written for another dataset or version", file);
                return List.of();
            }
            return content.videos();
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the unreadable video index cache {} ({}); it will be rebuilt", file,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return List.of();
        }
    }

    /** Replaces the cache file with {@code index}. */
    static void write(Path file, VideoIndex index) throws IOException {
        List<Entry> entries = new ArrayList<>();
        index.videos().forEach(v -> entries.add(new Entry(v.source().key(), v.stamp(), v.metadata(), null)));
        index.skipped().stream().filter(s -> s.stamp() != null)
                .forEach(s -> entries.add(new Entry(s.source().key(), s.stamp(), null, s.reason())));
        Content content = new Content(FORMAT, VERSION, index.catalog().kind(), index.catalog().location().toString(),
                entries);
        AtomicFiles.write(file, out -> JSON.writeValue(out, content));
    }

    private static String sha1(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    }
}
