package io.eventdesign.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** A JDK Flight Recording (the "profile" settings) of the workloads only, written when closed. */
final class Profile implements AutoCloseable {

  private final Recording recording;

  private Profile(Recording recording) {
    this.recording = recording;
  }

  /** Starts recording into {@code file}, or does nothing when {@code file} is null. */
  static Profile startIf(String file) throws IOException, ParseException {
    if (file == null) {
      return new Profile(null);
    }
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.setDestination(Path.of(file));
    recording.start();
    Progress.say("recording a JDK Flight Recording into %s", file);
    return new Profile(recording);
  }

  @Override
  public void close() {
    if (recording != null) {
      recording.stop();
      recording.close();
    }
  }
}
