//! Gzip output compressed on a thread of its own, so that compression overlaps extraction instead of
//! stalling the thread that writes records.
//!
//! [`GzipWriter`] collects what is written into 1 MiB blocks and hands each to the compression thread
//! over a bounded channel (four blocks in flight, so memory stays bounded when the disk is slow). An
//! I/O error on the compression thread is returned by the next write or by [`GzipWriter::finish`],
//! which also writes the gzip trailer; a writer dropped without `finish` leaves a truncated file.
//!
//! ```
//! use std::io::{Read, Write};
//! let mut w = vnextract::gzip_out::GzipWriter::new(Vec::new(), 1);
//! w.write_all(b"{\"id\": \"a\"}\n").unwrap();
//! let bytes = w.finish().unwrap();
//! let mut out = String::new();
//! flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut out).unwrap();
//! assert_eq!(out, "{\"id\": \"a\"}\n");
//! ```

use std::io::{self, Write};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::JoinHandle;

use flate2::Compression;
use flate2::write::GzEncoder;

/// Bytes collected before a block goes to the compression thread.
const BLOCK: usize = 1 << 20;

/// A gzip stream written on its own thread; `W` is what the compressed bytes go to.
pub struct GzipWriter<W: Write + Send + 'static> {
    block: Vec<u8>,
    tx: Option<SyncSender<Vec<u8>>>,
    thread: Option<JoinHandle<io::Result<W>>>,
}

impl<W: Write + Send + 'static> GzipWriter<W> {
    /// Starts the compression thread; `level` is zlib's, 0-9.
    pub fn new(out: W, level: u32) -> Self {
        let (tx, rx) = sync_channel::<Vec<u8>>(4);
        let thread = std::thread::spawn(move || {
            let mut gz = GzEncoder::new(out, Compression::new(level));
            for block in rx {
                gz.write_all(&block)?;
            }
            let mut out = gz.finish()?;
            out.flush()?;
            Ok(out)
        });
        GzipWriter { block: Vec::with_capacity(BLOCK), tx: Some(tx), thread: Some(thread) }
    }

    /// Hands the collected block over; when the thread has stopped, its error.
    fn send(&mut self) -> io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        let block = std::mem::replace(&mut self.block, Vec::with_capacity(BLOCK));
        let sent = self.tx.as_ref().is_some_and(|tx| tx.send(block).is_ok());
        if sent { Ok(()) } else { Err(self.stop().err().unwrap_or_else(|| io::Error::other("gzip thread stopped"))) }
    }

    /// Closes the channel and waits for the thread: the writer back, or the thread's error.
    fn stop(&mut self) -> io::Result<W> {
        self.tx = None;
        match self.thread.take() {
            Some(t) => t.join().map_err(|_| io::Error::other("the gzip thread panicked"))?,
            None => Err(io::Error::other("gzip output already finished")),
        }
    }

    /// Compresses what is left, writes the gzip trailer and returns the underlying writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.send()?;
        self.stop()
    }
}

impl<W: Write + Send + 'static> Write for GzipWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.block.extend_from_slice(buf);
        if self.block.len() >= BLOCK {
            self.send()?;
        }
        Ok(buf.len())
    }

    /// Hands the collected bytes to the compression thread (they are written once compressed).
    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn round_trips_many_blocks() {
        let line = "{\"id\": \"x\", \"text\": \"Có 28 dự án với tổng vốn 224,5 triệu USD.\"}\n";
        let mut w = GzipWriter::new(Vec::new(), 1);
        for _ in 0..50_000 {
            w.write_all(line.as_bytes()).unwrap();
        }
        let gz = w.finish().unwrap();
        let mut out = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut out).unwrap();
        assert_eq!(out.len(), line.len() * 50_000);
        assert!(out.lines().all(|l| l == line.trim_end()));
    }

    /// A writer that fails, as a full disk does.
    struct Full;
    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_error_on_the_thread_is_returned() {
        let mut w = GzipWriter::new(Full, 1);
        let data = vec![b'a'; 3 * BLOCK];
        let wrote = w.write_all(&data).and_then(|()| w.finish().map(drop));
        assert_eq!(wrote.unwrap_err().kind(), io::ErrorKind::StorageFull);
    }
}
