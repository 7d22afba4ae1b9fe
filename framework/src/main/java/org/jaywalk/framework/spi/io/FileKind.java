package org.jaywalk.framework.spi.io;

import java.nio.file.Path;

/** The kinds of files Jaywalk reads and writes, with the wording of their errors. */
public enum FileKind {
    NPZ("NPZ file", "re-create it or copy it again"),
    CHECKPOINT("checkpoint", "delete it or resume from an earlier checkpoint"),
    PYTORCH("PyTorch checkpoint", "save it again with torch.save or download it again"),
    ANY("tensor file",
            "check that it is a Jaywalk checkpoint, an NPZ file or a torch.save zip, and copy or save it again"),
    PLAIN("file", "write it again");

    private final String noun;
    private final String remedy;

    FileKind(String noun, String remedy) {
        this.noun = noun;
        this.remedy = remedy;
    }

    /** The file does not exist. */
    JaywalkIoException missing(Path file) {
        return new JaywalkIoException(noun + " " + file + " does not exist: check the path");
    }

    /** The file exists but cannot be decoded. */
    public JaywalkIoException corrupt(Path file, String detail, Throwable cause) {
        return new JaywalkIoException(noun + " " + file + " is truncated or corrupt (" + detail + "): " + remedy,
                cause);
    }

    /** The file declares more data than this process can hold (found before allocating it). */
    public JaywalkIoException tooLarge(Path file, String detail) {
        return new JaywalkIoException(noun + " " + file + " is too large to load: " + detail);
    }

    /** The file is well formed but holds something Jaywalk does not support. */
    public JaywalkIoException unsupported(Path file, String detail) {
        return new JaywalkIoException(noun + " " + file + " is not supported: " + detail);
    }

    /** Reading or writing failed for a reason outside the file's content (permissions, disk full, ...). */
    JaywalkIoException failed(Path file, String action, Throwable cause) {
        return new JaywalkIoException("could not " + action + " " + noun + " " + file + ": " + cause, cause);
    }
}
