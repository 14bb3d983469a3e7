package dev.docket.convert;

/**
 * Gives a Macintosh PICT picture QuickDraw's initial background before TwelveMonkeys decodes it.
 *
 * <p>QuickDraw starts every picture with a white background pattern ({@code InitPort} sets {@code
 * bkPat} to white; Inside Macintosh: Imaging With QuickDraw, 3-3 and A-2), so {@code EraseRect}
 * paints white unless the picture sets {@code BkPat} or {@code RGBBkCol} first. TwelveMonkeys'
 * reader (3.12) starts with no background pattern; an erase then fills with whatever paint was set
 * last, usually the black pen, and the label boxes of charts drawn by Mac programs come out as black
 * bars (bug60345.ppt slides 10 and 14). This class inserts the default explicitly, as the first
 * opcode after the header of a version 2 picture: {@code RGBBkCol} white (opcode {@code 0x001B},
 * 3 × 16-bit RGB). Version 1 pictures are left as they are. Opcodes and header layout: Inside
 * Macintosh: Imaging With QuickDraw, appendix A.
 */
final class PictBackground {
  /** Bytes of the application header a PICT file (and POI's PICT data) starts with. */
  private static final int FILE_HEADER = 512;

  private PictBackground() {}

  /**
   * @param pict a PICT picture, with or without the 512-byte file header
   * @return the same picture with the default background set as its first opcode, or {@code pict}
   *     itself when its start is not a version 2 picture header this class recognises
   */
  static byte[] withDefaultBackground(byte[] pict) {
    for (int start : new int[] {FILE_HEADER, 0}) {
      int version = start + 10; // picSize (2 bytes) and picFrame (8 bytes) come first
      if (pict.length < version + 2) {
        continue;
      }
      int header = version + 4; // VersionOp 0x0011, version 0x02FF
      if (pict.length >= header + 26 && u16(pict, version) == 0x0011
          && u16(pict, version + 2) == 0x02FF && u16(pict, header) == 0x0C00) {
        byte[] white = {0x00, 0x1B, -1, -1, -1, -1, -1, -1};
        return insert(pict, header + 26, white); // HeaderOp 0x0C00 and its 24 bytes
      }
    }
    return pict;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  private static byte[] insert(byte[] pict, int at, byte[] opcode) {
    byte[] out = new byte[pict.length + opcode.length];
    System.arraycopy(pict, 0, out, 0, at);
    System.arraycopy(opcode, 0, out, at, opcode.length);
    System.arraycopy(pict, at, out, at + opcode.length, pict.length - at);
    return out;
  }
}
