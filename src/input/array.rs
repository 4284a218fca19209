//! A JSON array of records, split into its elements as it streams in, so that an archive stored as
//! one large array costs no more memory than JSON Lines: the elements' bytes are cut at the commas
//! and the closing bracket that stand outside strings and nested values, and each is parsed later,
//! on its own, like a JSON line.
//!
//! Damage is reported, never dropped: an array that the input ends inside, an element over the size
//! limit, an empty element (`[{…},,{…}]`) and content after the closing bracket each yield one
//! [`Part::Error`]; the elements before it are kept.

use std::io::BufRead;

use super::MAX_DOCUMENT_BYTES;

/// What the splitter yields.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    /// One element's bytes, the line it starts on (1-based) and its index (0-based).
    Element { bytes: Vec<u8>, line: u64, index: u64 },
    /// Something wrong at `line`; `index` is the element it concerns.
    Error { line: u64, index: u64, why: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Before the opening bracket.
    Start,
    /// Inside the array.
    Inside,
    /// After the closing bracket: only whitespace may follow.
    After,
    Done,
}

/// Streams the elements of one JSON array.
pub struct Splitter<R> {
    reader: R,
    state: State,
    line: u64,
    index: u64,
    in_string: bool,
    escape: bool,
    depth: usize,
    elem: Vec<u8>,
    elem_len: usize,
    elem_line: u64,
}

impl<R: BufRead> Splitter<R> {
    pub fn new(reader: R) -> Self {
        Splitter {
            reader,
            state: State::Start,
            line: 1,
            index: 0,
            in_string: false,
            escape: false,
            depth: 0,
            elem: Vec::new(),
            elem_len: 0,
            elem_line: 1,
        }
    }

    fn error(&mut self, why: String) -> Option<Part> {
        self.state = State::Done;
        Some(Part::Error { line: self.line, index: self.index, why })
    }

    /// The element collected so far, as a part; resets the collector.
    fn take(&mut self) -> Part {
        let (line, index, len) = (self.elem_line, self.index, self.elem_len);
        self.index += 1;
        self.elem_len = 0;
        let mut bytes = std::mem::take(&mut self.elem);
        // Whitespace before the comma or bracket is outside any string.
        while bytes.last().is_some_and(u8::is_ascii_whitespace) {
            bytes.pop();
        }
        if len > MAX_DOCUMENT_BYTES {
            let why = format!("array element of {len} bytes exceeds the limit of {MAX_DOCUMENT_BYTES} bytes");
            return Part::Error { line, index, why };
        }
        Part::Element { bytes, line, index }
    }

    fn push(&mut self, b: u8) {
        if self.elem_len == 0 {
            self.elem_line = self.line;
        }
        self.elem_len += 1;
        if self.elem_len <= MAX_DOCUMENT_BYTES + 1 {
            self.elem.push(b);
        }
    }
}

impl<R: BufRead> Iterator for Splitter<R> {
    type Item = Part;

    fn next(&mut self) -> Option<Part> {
        loop {
            if self.state == State::Done {
                return None;
            }
            let buf = match self.reader.fill_buf() {
                Ok(b) => b.to_vec(),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let line = self.line;
                    return self.error(format!("input damaged at line {line} ({e}); the elements before it were read"));
                }
            };
            if buf.is_empty() {
                return match self.state {
                    State::After | State::Done => {
                        self.state = State::Done;
                        None
                    }
                    State::Start | State::Inside => {
                        let line = self.line;
                        self.error(format!(
                            "the JSON array is not closed: the input ends inside it at line {line}; the elements before \
                             were read"
                        ))
                    }
                };
            }
            for (i, &b) in buf.iter().enumerate() {
                let newline = b == b'\n';
                let part = match self.state {
                    State::Start if b == b'[' => {
                        self.state = State::Inside;
                        None
                    }
                    State::Start | State::After if b.is_ascii_whitespace() => None,
                    State::Start | State::After => {
                        let (line, after) = (self.line, self.state == State::After);
                        self.reader.consume(i + 1);
                        let what = if after { "content after the end of the JSON array" } else { "not a JSON array" };
                        return self.error(format!("{what} at line {line}"));
                    }
                    State::Done => None,
                    State::Inside => self.step(b),
                };
                if newline {
                    self.line += 1;
                }
                if let Some(part) = part {
                    self.reader.consume(i + 1);
                    return Some(part);
                }
            }
            self.reader.consume(buf.len());
        }
    }
}

impl<R: BufRead> Splitter<R> {
    /// One byte inside the array; returns a part when an element ends.
    fn step(&mut self, b: u8) -> Option<Part> {
        if self.in_string {
            self.push(b);
            if self.escape {
                self.escape = false;
            } else if b == b'\\' {
                self.escape = true;
            } else if b == b'"' {
                self.in_string = false;
            }
            return None;
        }
        match b {
            b'"' => {
                self.in_string = true;
                self.push(b);
            }
            b'{' | b'[' => {
                self.depth += 1;
                self.push(b);
            }
            b'}' | b']' if self.depth > 0 => {
                self.depth -= 1;
                self.push(b);
            }
            b']' => {
                self.state = State::After;
                // `[]` and a trailing comma end without an element.
                if self.elem_len > 0 {
                    return Some(self.take());
                }
            }
            b',' if self.depth == 0 => {
                if self.elem_len == 0 {
                    let (line, index) = (self.line, self.index);
                    self.index += 1;
                    return Some(Part::Error { line, index, why: format!("empty array element at line {line}") });
                }
                return Some(self.take());
            }
            b if b.is_ascii_whitespace() && self.elem_len == 0 => {}
            b => self.push(b),
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(input: &str) -> Vec<Result<(String, u64, u64), String>> {
        Splitter::new(input.as_bytes())
            .map(|p| match p {
                Part::Element { bytes, line, index } => Ok((String::from_utf8(bytes).unwrap(), line, index)),
                Part::Error { why, .. } => Err(why),
            })
            .collect()
    }

    #[test]
    fn splits_at_top_level_commas_only() {
        let got = parts("[\n {\"text\": \"a, [b]\\\" }\", \"x\": [1, {\"y\": 2}]},\n {\"text\": \"c\"}\n]\n");
        assert_eq!(
            got,
            vec![
                Ok((r#"{"text": "a, [b]\" }", "x": [1, {"y": 2}]}"#.to_string(), 2, 0)),
                Ok((r#"{"text": "c"}"#.to_string(), 3, 1)),
            ]
        );
        assert_eq!(parts("[]"), vec![]);
        assert_eq!(parts(" [ 1 , \"two\" ] "), vec![Ok(("1".into(), 1, 0)), Ok(("\"two\"".into(), 1, 1))]);
    }

    #[test]
    fn damage_is_reported_after_the_good_elements() {
        let got = parts("[{\"text\": \"a\"}, {\"text\": \"b");
        assert_eq!(got[0], Ok((r#"{"text": "a"}"#.into(), 1, 0)));
        assert!(got[1].as_ref().unwrap_err().contains("not closed"), "{got:?}");
        assert_eq!(got.len(), 2);

        let got = parts("[{\"text\": \"a\"}] {\"text\": \"b\"}");
        assert_eq!(got.len(), 2);
        assert!(got[1].as_ref().unwrap_err().contains("after the end"), "{got:?}");

        let got = parts("[{\"text\": \"a\"},,{\"text\": \"b\"}]");
        assert_eq!(got.len(), 3);
        assert!(got[1].as_ref().unwrap_err().contains("empty array element"), "{got:?}");
        assert_eq!(got[2], Ok((r#"{"text": "b"}"#.into(), 1, 2)));
    }
}
