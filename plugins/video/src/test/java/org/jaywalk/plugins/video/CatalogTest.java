package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three layouts' listings; no video is decoded here. */
class CatalogTest {

    @TempDir
    Path folder;

    @Test
    void kineticsListsClassFoldersRecursivelyByExtensionAndSorted() throws IOException {
        Path root = folder.resolve("k");
        touch(root.resolve("b/z.MP4"), root.resolve("b/sub/y.webm"), root.resolve("a/x.mkv"), root.resolve("a/x.txt"),
                root.resolve("top.mp4"));
        List<SourceVideo> videos = new KineticsCatalog(root, Set.of("mp4", "webm", "mkv")).list();
        assertEquals(List.of("a/x.mkv", "b/sub/y.webm", "b/z.MP4"), videos.stream().map(SourceVideo::key).toList());
        assertEquals(root.resolve("b/z.MP4"), videos.get(2).path());
        assertThrows(NotDirectoryException.class, () -> new KineticsCatalog(root.resolve("a/x.mkv"), Set.of()).list());
    }

    @Test
    void videoListResolvesRelativePathsAndIgnoresCommentsAndFrameCounts() throws IOException {
        Path frames = Files.createDirectories(folder.resolve("frames/clip1"));
        touch(frames.resolve("00001.jpg"));
        Path list = Files.writeString(Files.createDirectories(folder.resolve("lists")).resolve("train.txt"), """
                # videowalk style: path and frame count
                ../frames/clip1 120
                /abs/video.mp4

                ../videos/missing.mkv
                """);
        List<SourceVideo> videos = new VideoListCatalog(list).list();
        assertEquals(List.of("../frames/clip1", "/abs/video.mp4", "../videos/missing.mkv"),
                videos.stream().map(SourceVideo::key).toList());
        assertEquals(frames, videos.get(0).path());
        assertEquals(List.of(true, false, false), videos.stream().map(SourceVideo::frameFolder).toList());
    }

    @Test
    void frameFoldersAreTheFoldersThatHoldFramesAtAnyDepth() throws IOException {
        Path root = folder.resolve("f");
        touch(root.resolve("v2/1.jpg"), root.resolve("class/v1/0001.JPEG"), root.resolve("class/readme.txt"),
                root.resolve("empty/x.png"));
        List<SourceVideo> videos = new FrameFolderCatalog(root, Set.of("jpg", "jpeg")).list();
        assertEquals(List.of("class/v1", "v2"), videos.stream().map(SourceVideo::key).toList());
    }

    @Test
    void aLinkLoopIsSkippedInsteadOfAbortingTheListing() throws IOException {
        Path kinetics = folder.resolve("k");
        touch(kinetics.resolve("a/x.mp4"), kinetics.resolve("a/sub/y.mp4"));
        Files.createSymbolicLink(kinetics.resolve("a/sub/loop"), kinetics.resolve("a"));
        Files.createSymbolicLink(kinetics.resolve("a/root"), kinetics);
        assertEquals(List.of("a/sub/y.mp4", "a/x.mp4"), new KineticsCatalog(kinetics, Set.of("mp4")).list().stream()
                .map(SourceVideo::key).toList());

        Path frames = folder.resolve("f");
        touch(frames.resolve("v1/1.jpg"), frames.resolve("c/v2/1.jpg"));
        Files.createSymbolicLink(frames.resolve("c/v2/up"), frames.resolve("c"));
        assertEquals(List.of("c/v2", "v1"), new FrameFolderCatalog(frames, Set.of("jpg")).list().stream()
                .map(SourceVideo::key).toList());
    }

    @Test
    void framesAreOrderedByTheirLeadingNumber() throws IOException {
        Path video = folder.resolve("v");
        touch(video.resolve("10.jpg"), video.resolve("9.jpg"), video.resolve("100.jpg"), video.resolve("a.jpg"),
                video.resolve("0.jpeg"), video.resolve("5.png"));
        assertEquals(List.of("0.jpeg", "9.jpg", "10.jpg", "100.jpg", "a.jpg"), FrameFiles.list(video,
                Set.of("jpg", "jpeg")).stream().map(p -> p.getFileName().toString()).toList());
    }

    private static void touch(Path... files) throws IOException {
        for (Path file : files) {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
        }
    }
}
