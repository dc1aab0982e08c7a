package com.consort.studio;

/** An exported asset: bytes, media type and a file name to offer for download. */
public record Export(byte[] content, String mediaType, String fileName) {
}
