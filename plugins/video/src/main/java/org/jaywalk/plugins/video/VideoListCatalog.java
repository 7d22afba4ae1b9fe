package org.jaywalk.plugins.video;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code video-list} layout: a text file with one video file or frame folder per line, relative paths
 * resolved against the list's folder. Blank lines and lines starting with {@code #} are ignored, and so is a
 * trailing frame count (videowalk's {@code VideoList} format {@code <path> <frames>}). Videos keep the list's order.
 */
record VideoListCatalog(Path location) implements VideoCatalog {

    private static final Pattern TRAILING_COUNT = Pattern.compile("\\s+\\d+$");

    @Override
    public String kind() {
        return SourceKind.VIDEO_LIST.typeName();
    }

    @Override
    public List<SourceVideo> list() throws IOException {
        Path folder = location.getParent();
        List<SourceVideo> videos = new ArrayList<>();
        for (String raw : Files.readAllLines(location, StandardCharsets.UTF_8)) {
            String line = TRAILING_COUNT.matcher(raw.strip()).replaceFirst("");
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Path path = folder.resolve(line).normalize();
            videos.add(new SourceVideo(line, path, Files.isDirectory(path)));
        }
        return videos;
    }
}
