//! Article structure: title, outlet dateline, lead, captions, byline, boilerplate.
//!
//! Input is normalised text whose first line is the title. The output text keeps the title as its first
//! line and then the body lines, with:
//! - the outlet dateline prefix ("LSO-", "(HNM) -", "TTO - ") taken off and kept as `outlet`;
//! - the lead paragraph dropped when the next paragraph repeats it (news sites print the summary, then
//!   the body that starts with the same sentences): the text keeps it once;
//! - photo captions (lines ending in " |") kept in the text without the bar, and listed in `captions`;
//! - a short final line in capitals ("MAI VĂN HOA") taken as `author` and removed from the text;
//! - boilerplate such as "Ý kiến ()" removed.
//!
//! [`Article::segments`] says which part of the input each part of the output came from, so a span in the
//! input (as gold annotations are written) can be mapped into the output, or found to be removed.

use std::sync::LazyLock;

use regex::Regex;

/// A piece of input text that was kept: input bytes `src.0..src.1` are output bytes from `dst`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub src: (usize, usize),
    pub dst: usize,
}

/// An article split into its parts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub captions: Vec<String>,
    /// Title line, then the body lines, joined by "\n".
    pub text: String,
    pub segments: Vec<Segment>,
}

impl Article {
    /// Output offset of input byte `pos`, or None when that input was removed.
    pub fn map_offset(&self, pos: usize) -> Option<usize> {
        let i = self.segments.partition_point(|s| s.src.0 <= pos);
        let s = self.segments.get(i.checked_sub(1)?)?;
        (pos <= s.src.1).then(|| s.dst + (pos - s.src.0))
    }
}

/// "LSO-", "(HNM) -", "TTO - ", "VOV.VN -", "(Dân trí) -".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            \(([^()\n]{2,24})\)        # (HNM), (Dân trí)
          | ([A-ZĐ][A-ZĐ0-9.]{1,11})   # LSO, TTO, VOV.VN
        )\ ?-\ ?",
    )
    .expect("dateline pattern")
});

/// Boilerplate lines from news sites' page chrome.
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Ý kiến|Bình luận|Chia sẻ|Gửi bình luận)\s*(?:\(\d*\))?$").expect("boilerplate pattern")
});

static BOILERPLATE_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:Ý kiến|Bình luận) \(\d*\)$").expect("boilerplate tail pattern"));

fn is_byline(line: &str) -> bool {
    // At most 40 characters: at most 160 bytes.
    if line.len() > 160 {
        return false;
    }
    let n = line.chars().count();
    let words = line.split(' ').count();
    (4..=40).contains(&n)
        && (2..=6).contains(&words)
        && line.chars().all(|c| {
            c == ' ' || c == '.' || c == '-' || (crate::chars::is_alphabetic(c) && !crate::chars::is_lowercase(c))
        })
}

/// Splits normalised `text` (title on the first line) into its parts.
pub fn structure(text: &str) -> Article {
    // (start, end) byte ranges of each line in `text`.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push((start, i));
        start = i + 1;
    }
    lines.push((start, text.len()));
    let mut art = Article::default();
    let Some(&title) = lines.first() else { return art };
    let slice = |r: (usize, usize)| &text[r.0..r.1];
    art.title = Some(slice(title).to_string()).filter(|t| !t.is_empty());

    let mut body: Vec<(usize, usize)> = lines[1..].iter().copied().filter(|&r| r.0 < r.1).collect();

    // Boilerplate lines, and boilerplate glued to the end of the last line.
    body.retain(|&r| !BOILERPLATE.is_match(slice(r)));
    if let Some(last) = body.last_mut() {
        if let Some(m) = BOILERPLATE_TAIL.find(slice(*last)) {
            last.1 = last.0 + m.start();
        }
    }
    body.retain(|&r| r.0 < r.1);

    // Author byline.
    if body.len() >= 2 {
        if let Some(&last) = body.last() {
            if is_byline(slice(last)) {
                art.author = Some(slice(last).to_string());
                body.pop();
            }
        }
    }

    // Outlet dateline on the first body line; the repeated lead usually carries it too.
    if let Some(&first) = body.first() {
        if let Some(c) = DATELINE.captures(slice(first)) {
            let whole = c.get(0).map_or("", |m| m.as_str()).to_string();
            art.outlet = c.get(1).or(c.get(2)).map(|m| m.as_str().to_string());
            for r in body.iter_mut().take(2) {
                if slice(*r).starts_with(&whole) {
                    r.0 += whole.len();
                }
            }
        }
    }

    // A lead that the next paragraph repeats is kept once.
    if body.len() >= 2 {
        let (lead, next) = (slice(body[0]), slice(body[1]));
        if lead.len() >= 40 && next.starts_with(lead) {
            body.remove(0);
        }
    }

    // Assemble, with captions.
    art.text.reserve(text.len());
    let title_end = title.1;
    art.text.push_str(slice(title));
    art.segments.push(Segment { src: title, dst: 0 });
    let _ = title_end;
    for r in body {
        let mut r = r;
        let line = slice(r);
        let caption = line.strip_suffix('|').map(str::trim_end);
        if let Some(c) = caption {
            r.1 = r.0 + c.len();
            if !c.is_empty() {
                art.captions.push(c.to_string());
            }
        }
        if r.0 >= r.1 {
            continue;
        }
        art.text.push('\n');
        art.segments.push(Segment { src: r, dst: art.text.len() });
        art.text.push_str(slice(r));
    }
    art
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_shape() {
        let text = "Tiêu đề bài\nLSO-Trong những năm qua, công tác đối ngoại của tỉnh đã được triển khai.\n\
                    LSO-Trong những năm qua, công tác đối ngoại của tỉnh đã được triển khai. Tiếp theo.\n\
                    Lãnh đạo tỉnh thăm cửa khẩu (tháng 10/2011) |\nThân bài.\nMAI VĂN HOA\nÝ kiến ()";
        let a = structure(text);
        assert_eq!(a.title.as_deref(), Some("Tiêu đề bài"));
        assert_eq!(a.outlet.as_deref(), Some("LSO"));
        assert_eq!(a.author.as_deref(), Some("MAI VĂN HOA"));
        assert_eq!(a.captions, vec!["Lãnh đạo tỉnh thăm cửa khẩu (tháng 10/2011)"]);
        assert_eq!(a.text.matches("Trong những năm qua").count(), 1);
        assert!(!a.text.contains("LSO-"));
        assert!(!a.text.contains("Ý kiến"));
        assert!(!a.text.contains('|'));
        // Every segment maps input to identical output.
        for s in &a.segments {
            assert_eq!(&text[s.src.0..s.src.1], &a.text[s.dst..s.dst + (s.src.1 - s.src.0)]);
        }
        let p = text.find("Thân bài").unwrap();
        assert!(a.text[a.map_offset(p).unwrap()..].starts_with("Thân bài"));
        // The dropped lead maps nowhere.
        assert_eq!(a.map_offset(text.find("LSO-Trong").unwrap() + 5), None);
    }

    #[test]
    fn plain_text_untouched() {
        let text = "Tiêu đề\nMột đoạn.\nHai đoạn.";
        let a = structure(text);
        assert_eq!(a.text, text);
        assert_eq!(a.outlet, None);
        assert_eq!(a.author, None);
    }
}
