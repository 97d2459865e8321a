package io.github.newsevents.hostile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A fuzzer's raw bytes read as the values a fuzz target needs: text (UTF-8, with an escape for any
 * UTF-16 unit, lone surrogates included, which UTF-8 cannot carry), small numbers and choices. The
 * same bytes always give the same values, so a saved input replays exactly. Raw bytes rather than
 * Jazzer's {@code FuzzedDataProvider} so that the saved inputs under {@code regressions/} replay
 * without Jazzer's internals.
 */
public final class FuzzInput {
  /** A byte that never occurs in UTF-8: the two bytes after it are one UTF-16 unit, big-endian. */
  static final int ESCAPE = 0xFF;

  private final byte[] data;
  private int at;

  public FuzzInput(byte[] data) {
    this.data = data.clone();
  }

  /** All of {@code data} as text. */
  public static String text(byte[] data) {
    return new FuzzInput(data).remainingText();
  }

  /**
   * The bytes that {@link #text} reads back as {@code text}: UTF-8, with each unpaired surrogate
   * escaped (so that any Java string can be a saved input).
   */
  public static byte[] bytes(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 16);
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out.writeBytes(text.substring(run, i).getBytes(StandardCharsets.UTF_8));
        out.write(ESCAPE);
        out.write(c >>> 8);
        out.write(c & 0xFF);
        run = i + 1;
      }
    }
    out.writeBytes(text.substring(run).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** Whether any bytes are left. */
  public boolean hasMore() {
    return at < data.length;
  }

  /** The next byte as 0 to 255, or 0 when none is left. */
  public int nextByte() {
    return at < data.length ? data[at++] & 0xFF : 0;
  }

  /** A number in {@code [0, bound)} from the next bytes (one for bounds up to 256, else two). */
  public int nextInt(int bound) {
    int v = bound <= 256 ? nextByte() : (nextByte() << 8) | nextByte();
    return bound <= 0 ? 0 : v % bound;
  }

  /** The next {@code 0..maxLength} bytes' worth of text (the length is read first). */
  public String nextText(int maxLength) {
    int length = nextInt(maxLength + 1);
    int end = Math.min(data.length, at + length);
    String s = decode(data, at, end);
    at = end;
    return s;
  }

  /** The bytes left, as text. */
  public String remainingText() {
    String s = decode(data, at, data.length);
    at = data.length;
    return s;
  }

  private static String decode(byte[] data, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    int run = from;
    int i = from;
    while (i < to) {
      if ((data[i] & 0xFF) == ESCAPE) {
        append(b, utf8, data, run, i);
        int hi = i + 1 < to ? data[i + 1] & 0xFF : 0;
        int lo = i + 2 < to ? data[i + 2] & 0xFF : 0;
        b.append((char) ((hi << 8) | lo));
        i += 3;
        run = i;
      } else {
        i++;
      }
    }
    append(b, utf8, data, run, Math.min(i, to));
    return b.toString();
  }

  private static void append(StringBuilder b, CharsetDecoder utf8, byte[] data, int from, int to) {
    if (to <= from) {
      return;
    }
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(data, from, to - from));
      b.append(chars);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }
}
