package org.jaywalk.plugins.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * FFmpeg's console output and error codes: FFmpeg is silenced (errors reach the user as skip reasons and failed
 * clips instead of per-file console noise); error codes become messages.
 */
final class FFmpegLogging {

    private FFmpegLogging() {
    }

    /** Silences FFmpeg's logging below fatal errors, for the whole process. */
    static void quiet() {
        av_log_set_level(AV_LOG_FATAL);
    }

    /** Throws if {@code code} is an FFmpeg error, saying what could not be done. */
    static void check(int code, String action) throws IOException {
        if (code < 0) {
            throw new IOException("cannot " + action + ": " + describe(code));
        }
    }

    /** FFmpeg's message for an error code. */
    static String describe(int code) {
        byte[] buffer = new byte[256];
        if (av_strerror(code, buffer, buffer.length) != 0) {
            return "error " + code;
        }
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }
}
