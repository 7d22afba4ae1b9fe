package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jaywalk.framework.spi.image.RgbImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class IndexBuilderTest {

    private static final Set<String> EXTENSIONS = Set.of("mp4", "webm", "mkv", "avi");

    @TempDir
    Path folder;
    private Path root;
    private Path cache;

    @BeforeEach
    void writeDataset() throws IOException {
        root = folder.resolve("kinetics");
        TestVideos.write(root.resolve("abseiling/one.mp4"), 64, 48, 30, 120, TestVideos.MPEG4);
        TestVideos.write(root.resolve("abseiling/two.mkv"), 64, 48, 25, 60, TestVideos.MPEG4);
        TestVideos.write(root.resolve("juggling/nested/three.avi"), 64, 48, 30, 45, TestVideos.MPEG4);
        TestVideos.randomBytes(root.resolve("juggling/random.mp4"), 20_000, 3);
        Files.createFile(root.resolve("juggling/empty.webm"));
        TestVideos.truncate(TestVideos.write(root.resolve("juggling/truncated.mp4"), 64, 48, 30, 60,
                TestVideos.MPEG4), 0.4);
        Files.writeString(root.resolve("juggling/notes.txt"), "not a video");
        TestVideos.write(root.resolve("loose.mp4"), 64, 48, 30, 30, TestVideos.MPEG4); // not in a class folder
        cache = folder.resolve("cache/index.json");
    }

    @Test
    void indexesReadableVideosAndRecordsWhyOthersAreSkipped() throws IOException {
        List<int[]> progress = new ArrayList<>();
        VideoIndex index = build(readers(), (done, total) -> progress.add(new int[] {done, total}));
        assertEquals(List.of("abseiling/one.mp4", "abseiling/two.mkv", "juggling/nested/three.avi"), keys(index));
        assertEquals(List.of(120, 60, 45), index.videos().stream().map(v -> v.metadata().frames()).toList());
        assertEquals(25.0, index.videos().get(1).metadata().fps());
        Map<String, String> skipped = reasons(index);
        assertEquals(Set.of("juggling/empty.webm", "juggling/random.mp4", "juggling/truncated.mp4"), skipped.keySet());
        skipped.values().forEach(reason -> assertTrue(reason.startsWith("cannot open: "), reason));
        assertEquals(6, index.probed());
        assertTrue(Files.isRegularFile(cache));
        int[] last = progress.get(progress.size() - 1);
        assertEquals(6, last[0]);
        assertEquals(6, last[1]);
        String summary = index.skippedSummary(2);
        assertTrue(summary.startsWith("3 of 6 videos in " + root), summary);
        assertTrue(summary.contains("juggling/empty.webm (cannot open: "), summary);
    }

    @Test
    void aSecondBuildReusesTheCacheWithoutRetryingSkippedVideos() throws IOException {
        VideoIndex first = build(readers(), IndexProgress.NONE);
        VideoIndex second = build(readers(), IndexProgress.NONE);
        assertEquals(0, second.probed());
        assertEquals(keys(first), keys(second));
        assertEquals(first.videos().stream().map(IndexedVideo::metadata).toList(),
                second.videos().stream().map(IndexedVideo::metadata).toList());
        assertEquals(reasons(first), reasons(second));
    }

    @Test
    void changedVideosAreReadAgainAndOnlyThey() throws IOException {
        build(readers(), IndexProgress.NONE);
        Path two = root.resolve("abseiling/two.mkv");
        TestVideos.write(two, 64, 48, 25, 75, TestVideos.MPEG4);
        Files.setLastModifiedTime(two, FileTime.fromMillis(1_000_000_000_000L));
        Path random = root.resolve("juggling/random.mp4"); // repaired
        TestVideos.write(random, 64, 48, 30, 30, TestVideos.MPEG4);
        VideoIndex index = build(readers(), IndexProgress.NONE);
        assertEquals(2, index.probed());
        assertEquals(List.of("abseiling/one.mp4", "abseiling/two.mkv", "juggling/nested/three.avi",
                "juggling/random.mp4"), keys(index));
        assertEquals(75, index.videos().get(1).metadata().frames());
    }

    @Test
    void deletedVideosLeaveTheIndexAndTheCache() throws IOException {
        build(readers(), IndexProgress.NONE);
        Files.delete(root.resolve("abseiling/one.mp4"));
        Files.delete(root.resolve("juggling/empty.webm"));
        VideoIndex index = build(readers(), IndexProgress.NONE);
        assertEquals(0, index.probed());
        assertEquals(2, index.videos().size());
        assertEquals(2, index.skipped().size());
        assertEquals(4, IndexCache.read(cache, catalog()).size());
    }

    @Test
    void anUnreadableCacheIsRebuilt() throws IOException {
        build(readers(), IndexProgress.NONE);
        Files.writeString(cache, "{ not json");
        VideoIndex index = build(readers(), IndexProgress.NONE);
        assertEquals(6, index.probed());
        assertEquals(3, index.videos().size());
        assertEquals(0, build(readers(), IndexProgress.NONE).probed());
    }

    @Test
    void aCacheOfAnotherLocationIsIgnored() throws IOException {
        build(readers(), IndexProgress.NONE);
        Path copy = folder.resolve("copy");
        Files.move(root, copy);
        VideoIndex index = new IndexBuilder(new KineticsCatalog(copy, EXTENSIONS), readers(), cache, 2, 10_000,
                IndexProgress.NONE).build();
        assertEquals(6, index.probed());
    }

    @Test
    void aVideoWhoseMetadataTakesTooLongIsSkipped() throws IOException {
        // the other videos answer at once (no FFmpeg, whose first use can take longer than the timeout when the
        // machine is busy): only the stuck one can run out of time
        FrameReader stuckOnTwo = new FrameReader() {
            @Override
            public VideoMetadata probe(Path video) {
                if (video.getFileName().toString().equals("two.mkv")) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return VideoMetadata.ofFrameFolder(30);
            }

            @Override
            public RgbImage[] read(Path video, VideoMetadata metadata, int[] frames) {
                throw new UnsupportedOperationException("not read here");
            }
        };
        FrameReaders readers = new FrameReaders(stuckOnTwo, new FrameFolderReader(Set.of("jpg")), Set.of("jpg"));
        VideoIndex index = new IndexBuilder(catalog(), readers, cache, 2, 500, IndexProgress.NONE).build();
        assertEquals(5, index.videos().size());
        assertEquals(List.of("abseiling/two.mkv"), List.copyOf(reasons(index).keySet()));
        assertTrue(reasons(index).get("abseiling/two.mkv").contains("gave up after 0.5 s"), reasons(index).toString());
    }

    @Test
    void aVideoSkippedForWantOfPermissionIsTriedAgain() throws IOException {
        boolean[] denied = {true};
        FrameReader deniesTwoOnce = new FrameReader() {
            private final VideoFileReader files = new VideoFileReader();

            @Override
            public VideoMetadata probe(Path video) throws IOException {
                if (video.getFileName().toString().equals("two.mkv") && denied[0]) {
                    throw new AccessDeniedException(video.toString());
                }
                return files.probe(video);
            }

            @Override
            public RgbImage[] read(Path video, VideoMetadata metadata, int[] frames) throws IOException {
                return files.read(video, metadata, frames);
            }
        };
        FrameReaders readers = new FrameReaders(deniesTwoOnce, new FrameFolderReader(Set.of("jpg")), Set.of("jpg"));
        VideoIndex first = build(readers, IndexProgress.NONE);
        assertEquals("permission denied", reasons(first).get("abseiling/two.mkv"));

        denied[0] = false; // the permissions were fixed; the file itself did not change
        VideoIndex second = build(readers, IndexProgress.NONE);
        assertEquals(1, second.probed(), "only the video that was denied");
        assertEquals(List.of("abseiling/one.mp4", "abseiling/two.mkv", "juggling/nested/three.avi"), keys(second));
    }

    @Test
    void aPermissionFailureInAnOlderCacheIsTriedAgain() throws IOException {
        build(readers(), IndexProgress.NONE);
        ObjectMapper json = new ObjectMapper();
        ObjectNode content = (ObjectNode) json.readTree(cache.toFile());
        for (JsonNode video : content.get("videos")) {
            if (video.get("key").asText().equals("abseiling/two.mkv")) {
                ((ObjectNode) video).remove("metadata");
                ((ObjectNode) video).put("skipped", "cannot open: Permission denied");
            }
        }
        json.writeValue(cache.toFile(), content);

        VideoIndex index = build(readers(), IndexProgress.NONE);
        assertEquals(1, index.probed());
        assertTrue(keys(index).contains("abseiling/two.mkv"), keys(index).toString());
    }

    @Test
    void anUnreadableVideoIsNotCachedAsSkipped() throws IOException {
        Path two = root.resolve("abseiling/two.mkv");
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(two);
        Files.setPosixFilePermissions(two, Set.of());
        try {
            Assumptions.assumeFalse(Files.isReadable(two), "this user reads files without permission (root)");
            assertEquals("permission denied", reasons(build(readers(), IndexProgress.NONE)).get("abseiling/two.mkv"));
        } finally {
            Files.setPosixFilePermissions(two, before);
        }
        assertTrue(keys(build(readers(), IndexProgress.NONE)).contains("abseiling/two.mkv"));
    }

    private VideoIndex build(FrameReaders readers, IndexProgress progress) throws IOException {
        return new IndexBuilder(catalog(), readers, cache, 2, 30_000, progress).build();
    }

    private KineticsCatalog catalog() {
        return new KineticsCatalog(root, EXTENSIONS);
    }

    private static FrameReaders readers() {
        return FrameReaders.standard(Set.of("jpg", "jpeg"));
    }

    private static List<String> keys(VideoIndex index) {
        return index.videos().stream().map(v -> v.source().key()).toList();
    }

    private static Map<String, String> reasons(VideoIndex index) {
        return index.skipped().stream().collect(Collectors.toMap(s -> s.source().key(), SkippedVideo::reason));
    }
}
