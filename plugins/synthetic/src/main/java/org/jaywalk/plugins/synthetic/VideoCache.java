package org.jaywalk.plugins.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A bounded least-recently-used cache of generated videos (their textures), safe for concurrent use.
 * Generation runs outside the lock; two threads may generate the same video, which is harmless since
 * videos are deterministic.
 */
final class VideoCache {

    private final IntFunction<ProceduralVideo> generator;
    private final Map<Integer, ProceduralVideo> videos;

    VideoCache(int capacity, IntFunction<ProceduralVideo> generator) {
        this.generator = generator;
        this.videos = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ProceduralVideo> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Video {@code id}, generated on first use. */
    ProceduralVideo get(int id) {
        synchronized (videos) {
            ProceduralVideo cached = videos.get(id);
            if (cached != null) {
                return cached;
            }
        }
        ProceduralVideo video = generator.apply(id);
        synchronized (videos) {
            videos.putIfAbsent(id, video);
        }
        return video;
    }
}
