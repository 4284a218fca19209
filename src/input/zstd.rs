//! zstd decompression (pure Rust, `ruzstd`) of a whole stream: every frame in turn (as `zstd` writes
//! them for concatenated files, and `pzstd` for parallel compression), skippable frames passed over,
//! and each frame's checksum verified when it has one, so that damage is an error, not wrong text.
//!
//! The decoder hands bytes out only once they leave the frame's window (up to 8 MiB at zstd's usual
//! levels), so a stream cut short loses the documents of its last window, where gzip keeps every
//! line before the damage; the error record says where.
//!
//! ```
//! use std::io::Read;
//! use ruzstd::encoding::{CompressionLevel, compress_to_vec};
//! let mut two = compress_to_vec(&b"{\"text\": \"a\"}\n"[..], CompressionLevel::Fastest);
//! two.extend(compress_to_vec(&b"{\"text\": \"b\"}\n"[..], CompressionLevel::Fastest));
//! let mut out = String::new();
//! vnextract::input::zstd::Decoder::new(&two[..]).read_to_string(&mut out).unwrap();
//! assert_eq!(out, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
//! ```

use std::io::{self, BufRead, Read};

use ruzstd::decoding::errors::{FrameDecoderError, ReadFrameHeaderError};
use ruzstd::decoding::{BlockDecodingStrategy, FrameDecoder};

/// Reads the decompressed bytes of every frame of a zstd stream.
pub struct Decoder<R: BufRead> {
    source: R,
    frame: FrameDecoder,
    /// Inside a frame whose bytes are not all read yet.
    in_frame: bool,
}

impl<R: BufRead> Decoder<R> {
    pub fn new(source: R) -> Self {
        Decoder { source, frame: FrameDecoder::new(), in_frame: false }
    }

    /// The next bytes of the current frame; 0 at its end (its checksum then verified).
    fn read_frame(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Decoding works in blocks: decode until enough can be handed out or the frame ends.
        while self.frame.can_collect() < buf.len() && !self.frame.is_finished() {
            let more = buf.len() - self.frame.can_collect();
            self.frame.decode_blocks(&mut self.source, BlockDecodingStrategy::UptoBytes(more)).map_err(damaged)?;
        }
        let n = self.frame.read(buf)?;
        if n == 0 && self.frame.is_finished() {
            self.in_frame = false;
            if let (Some(want), Some(got)) = (self.frame.get_checksum_from_data(), self.frame.get_calculated_checksum())
            {
                if want != got {
                    return Err(damaged(format!("checksum {got:08x} where the frame says {want:08x}")));
                }
            }
        }
        Ok(n)
    }
}

fn damaged(e: impl std::fmt::Display) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("damaged zstd stream: {e}"))
}

impl<R: BufRead> Read for Decoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if self.in_frame {
                let n = self.read_frame(buf)?;
                if n > 0 || self.in_frame {
                    return Ok(n);
                }
            }
            // Between frames: the end of the input ends the stream; anything else is a frame header.
            if self.source.fill_buf()?.is_empty() {
                return Ok(0);
            }
            match self.frame.reset(&mut self.source) {
                Ok(()) => self.in_frame = true,
                Err(FrameDecoderError::ReadFrameHeaderError(ReadFrameHeaderError::SkipFrame { length, .. })) => {
                    let skipped = io::copy(&mut (&mut self.source).take(u64::from(length)), &mut io::sink())?;
                    if skipped < u64::from(length) {
                        return Err(damaged("the input ends inside a skippable frame"));
                    }
                }
                Err(e) => return Err(damaged(e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruzstd::encoding::{CompressionLevel, compress_to_vec};

    fn decode(bytes: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        Decoder::new(bytes).read_to_end(&mut out).map(|_| out)
    }

    #[test]
    fn frames_in_turn_and_skippable_frames_passed_over() {
        let text: Vec<u8> = (0..20_000)
            .flat_map(|i| format!("{{\"id\": \"d{i}\", \"text\": \"Có {i} dự án.\"}}\n").into_bytes())
            .collect();
        let mut bytes = compress_to_vec(&text[..], CompressionLevel::Fastest);
        // A skippable frame (magic 0x184D2A50, 4-byte length, then that many bytes), as pzstd writes.
        bytes.extend_from_slice(&[0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
        bytes.extend(compress_to_vec(&b"tail\n"[..], CompressionLevel::Fastest));
        let mut want = text.clone();
        want.extend_from_slice(b"tail\n");
        assert_eq!(decode(&bytes).unwrap(), want);
    }

    #[test]
    fn damage_is_an_error() {
        let text = b"{\"text\": \"x\"}\n".repeat(1000);
        let bytes = compress_to_vec(&text[..], CompressionLevel::Fastest);
        let cut = decode(&bytes[..bytes.len() / 2]);
        assert!(cut.is_err(), "a stream cut in half decoded to {} bytes", cut.map_or(0, |v| v.len()));
        let e = decode(b"\x28\xb5\x2f\xfd\xff\xff\xff").unwrap_err();
        assert!(e.to_string().contains("damaged zstd"), "{e}");
    }
}
