//! Reading the highlights back out of a report page (static HTML, or the DOM a browser produced) and
//! checking them against the JSON records; plus the headless-browser test.

use vnextract::Record;

use crate::common::{parse_records, root, run};

/// (article id, kind, [start, end], shown text) of every `<mark>` in the page.
pub fn marks(html: &str) -> Vec<(String, String, [usize; 2], String)> {
    let mut out = Vec::new();
    let mut article = String::new();
    let mut rest = html;
    loop {
        let next_article = rest.find("<article id=\"");
        let next_mark = rest.find("<mark class=\"k-");
        match (next_article, next_mark) {
            (Some(a), m) if m.is_none_or(|m| a < m) => {
                let tail = &rest[a..];
                let id_at = tail.find("data-id=\"").expect("article data-id") + 9;
                let id_end = tail[id_at..].find('"').unwrap();
                article = unescape(&tail[id_at..id_at + id_end]);
                rest = &tail[id_at..];
            }
            (_, Some(m)) => {
                let tail = &rest[m..];
                let attr = |name: &str| {
                    let at = tail.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                    let end = tail[at..].find('"').unwrap();
                    tail[at..at + end].to_string()
                };
                let kind = attr("data-kind");
                let span: Vec<usize> = attr("data-span").split(',').map(|x| x.parse().unwrap()).collect();
                let open_end = tail.find('>').unwrap() + 1;
                // Its own "</mark>", past the marks nested in it; the text shown is without their tags.
                let close = close_of(&tail[open_end..]) + open_end;
                out.push((article.clone(), kind, [span[0], span[1]], unescape(&strip_tags(&tail[open_end..close]))));
                rest = &tail[open_end..];
            }
            _ => break,
        }
    }
    out
}

/// The offset of the "</mark>" that closes a mark whose content starts `inner`.
fn close_of(inner: &str) -> usize {
    let mut depth = 0;
    let mut at = 0;
    loop {
        let next_open = inner[at..].find("<mark").map(|i| at + i);
        let next_close = inner[at..].find("</mark>").map(|i| at + i).expect("a closing </mark>");
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + 1;
            }
            _ if depth == 0 => return next_close,
            _ => {
                depth -= 1;
                at = next_close + 1;
            }
        }
    }
}

/// `s` without its tags.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Every mark's span slices its article's text to the mark's text, and names an entity of that kind.
pub fn check_against(marks: &[(String, String, [usize; 2], String)], recs: &[Record]) {
    for (id, kind, span, shown) in marks {
        let r = recs.iter().find(|r| &r.id == id).unwrap_or_else(|| panic!("no record {id}"));
        let chars: Vec<char> = r.text.chars().collect();
        let slice: String = chars[span[0]..span[1]].iter().collect();
        assert_eq!(&slice, shown, "{id}: mark {span:?}");
        let k = vnextract::extract::kinds()
            .iter()
            .find(|k| k.singular() == kind)
            .unwrap_or_else(|| panic!("unknown kind {kind}"));
        let spans: Vec<[usize; 2]> = k.spans(r).into_iter().map(|(span, _)| span).collect();
        assert!(spans.contains(span), "{id}: {kind} {span:?} is not in the JSON");
    }
}

/// Loads the report of `corpus/` in headless Chromium, checks the highlights in the rendered DOM against
/// the JSON, and saves a screenshot under target/. Skips with a notice when Chromium is not installed.
#[test]
fn report_in_headless_chromium() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find(|b| std::process::Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        crate::common::skip("no chromium on PATH (apt-get install chromium)");
        return;
    };
    let dir = crate::common::tempdir();
    let outp = dir.path().join("out.jsonl");
    let corpus = root().join("corpus");
    assert!(run(&["extract", corpus.to_str().unwrap(), "-o", outp.to_str().unwrap(), "--quiet"]).status.success());
    let recs = parse_records(&std::fs::read(&outp).unwrap());
    let html = dir.path().join("report.html");
    assert!(run(&["report", outp.to_str().unwrap(), "-o", html.to_str().unwrap()]).status.success());
    let url = format!("file://{}#a0", html.display());
    let profile = dir.path().join("profile");
    let common = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let dom = std::process::Command::new(chromium)
        .args(common)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--virtual-time-budget=2000", "--dump-dom", &url])
        .output()
        .expect("run chromium");
    assert!(dom.status.success(), "{}", String::from_utf8_lossy(&dom.stderr));
    let dom = String::from_utf8_lossy(&dom.stdout);
    let marks = marks(&dom);
    assert!(!marks.is_empty() || recs.iter().all(|r| r.numbers.is_empty() && r.dates.is_empty()));
    check_against(&marks, &recs);
    let shot = root().join("target").join("report-screenshot.png");
    let _ = std::process::Command::new(chromium)
        .args(common)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--window-size=1280,900", &format!("--screenshot={}", shot.display()), &url])
        .output();
    assert!(shot.exists(), "no screenshot at {}", shot.display());
}
