//! A self-contained HTML report: summary tables and a per-article view with every entity highlighted.
//!
//! The page has no external resources (no network, scripts or fonts). Each entity is a `<mark>` with
//! `data-kind`, `data-span` (its char span, so a test can check highlights against the JSON) and a
//! `title` that shows its structured value on hover; clicking shows the full JSON of the entity.

use std::fmt::Write;

use crate::Record;
use crate::summary::Summary;

/// HTML-escapes text.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

/// One highlight: char span, kind, hover text, full JSON.
struct Mark {
    span: [usize; 2],
    kind: &'static str,
    hover: String,
    json: String,
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("-")
}

fn marks(r: &Record) -> Vec<Mark> {
    let mut m = Vec::new();
    for kind in crate::extract::kinds() {
        for (span, hover, json) in kind.marks(r) {
            m.push(Mark { span, kind: kind.singular(), hover, json });
        }
    }
    m.sort_by_key(|x| (x.span[0], std::cmp::Reverse(x.span[1])));
    m
}

/// The article text with entities wrapped in `<mark>`s; an entity inside another (a year in a law's name)
/// is a `<mark>` inside the other's.
pub fn highlight(r: &Record) -> String {
    let chars: Vec<char> = r.text.chars().collect();
    let mut out = String::with_capacity(r.text.len() * 2);
    let text = |a: usize, b: usize| escape(&chars[a..b].iter().collect::<String>());
    let mut pos = 0;
    // The ends of the marks open around `pos`, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for mk in marks(r) {
        let [s, e] = mk.span;
        if e > chars.len() || s >= e {
            continue;
        }
        while let Some(&end) = open.last().filter(|&&end| end <= s) {
            out.push_str(&text(pos, end));
            out.push_str("</mark>");
            pos = end;
            open.pop();
        }
        // Overlapping but not inside the mark open around it, or behind what is written: left out.
        if s < pos || open.last().is_some_and(|&end| e > end) {
            continue;
        }
        out.push_str(&text(pos, s));
        let _ = write!(
            out,
            "<mark class=\"k-{k}\" data-kind=\"{k}\" data-span=\"{s},{e}\" title=\"{}\" data-json=\"{}\">",
            escape(&mk.hover),
            escape(&mk.json),
            k = mk.kind
        );
        pos = s;
        open.push(e);
    }
    while let Some(end) = open.pop() {
        out.push_str(&text(pos, end));
        out.push_str("</mark>");
        pos = end;
    }
    out.push_str(&text(pos, chars.len()));
    out.replace('\n', "<br>\n")
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222}\
nav{width:260px;height:100vh;overflow:auto;border-right:1px solid #ddd;padding:8px;box-sizing:border-box;position:fixed;left:0;top:0;background:#fff}\
nav a{display:block;font-size:13px;padding:2px 4px;color:#124;text-decoration:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}\
nav a.err{color:#a00}main{margin-left:260px;padding:16px 24px;max-width:980px}table{border-collapse:collapse;margin:8px 0}\
td,th{border:1px solid #ddd;padding:2px 8px;text-align:left;font-size:13px}th{background:#f4f4f4}\
article{display:none}article:target,article.show{display:block}.text{background:#fcfcfc;border:1px solid #eee;padding:12px}\
mark{border-radius:3px;padding:0 1px;cursor:pointer}\
#detail{position:fixed;right:12px;bottom:12px;max-width:420px;background:#fff;border:1px solid #888;padding:8px;\
font:12px monospace;white-space:pre-wrap;display:none}.legend mark{margin-right:6px}.bar{background:#7aa7e0;height:10px;display:inline-block}";

const SCRIPT: &str = "document.addEventListener('click',function(e){var m=e.target.closest('mark');var d=document.getElementById('detail');\
if(!m){d.style.display='none';return;}d.textContent=m.dataset.kind+'\\n'+JSON.stringify(JSON.parse(m.dataset.json),null,1);d.style.display='block';});\
function show(i){document.querySelectorAll('article').forEach(function(a){a.classList.remove('show')});var a=document.getElementById('a'+i);\
if(a){a.classList.add('show');a.scrollIntoView();}}";

/// Renders the report page: summary of everything seen, and the given sample of articles.
pub fn render(summary: &Summary, articles: &[Record], title: &str) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}",
        escape(title)
    );
    for k in crate::extract::kinds() {
        let _ = write!(o, ".k-{}{{background:{}}}", k.singular(), k.colour());
    }
    o.push_str("</style></head><body>");
    o.push_str("<nav><a href=\"#summary\"><b>Summary</b></a>");
    for (i, r) in articles.iter().enumerate() {
        let cls = if r.error.is_some() { " class=\"err\"" } else { "" };
        let label = r.title.clone().unwrap_or_else(|| r.id.clone());
        let _ = write!(
            o,
            "<a href=\"#a{i}\"{cls} onclick=\"show({i})\" title=\"{}\">{}</a>",
            escape(&r.id),
            escape(&label)
        );
    }
    o.push_str("</nav><main>");
    let _ = write!(o, "<section id=\"summary\"><h1>{}</h1>", escape(title));
    let _ = write!(
        o,
        "<p>{} documents, {} errors, {} warnings. Showing {} article(s) below.</p>",
        summary.documents,
        summary.errors,
        summary.warnings,
        articles.len()
    );
    o.push_str("<p class=\"legend\">");
    for k in crate::extract::kinds() {
        let _ = write!(o, "<span class=\"k-{0}\">{0}</span> ", k.singular());
    }
    o.push_str("</p>");
    o.push_str("<h2>Entities</h2><table><tr><th>kind</th><th>count</th></tr>");
    for (k, v) in &summary.entities {
        let _ = write!(o, "<tr><td>{k}</td><td>{v}</td></tr>");
    }
    o.push_str("</table><h2>Top organisations</h2><table><tr><th>mentions</th><th>name</th></tr>");
    for (name, n) in &summary.top_organisations {
        let _ = write!(o, "<tr><td>{n}</td><td>{}</td></tr>", escape(name));
    }
    o.push_str("</table><h2>Most-cited directives</h2><table><tr><th>mentions</th><th>documents</th><th>id</th><th>type</th><th>issuer</th></tr>");
    for c in &summary.top_directives {
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            c.mentions,
            c.documents,
            escape(&c.id),
            escape(opt(&c.doc_type)),
            escape(opt(&c.issuer))
        );
    }
    o.push_str("</table><h2>Dates by year</h2><table>");
    let max = summary.dates_by_year.values().copied().max().unwrap_or(1).max(1);
    for (y, n) in &summary.dates_by_year {
        let _ = write!(
            o,
            "<tr><td>{y}</td><td>{n}</td><td><span class=\"bar\" style=\"width:{}px\"></span></td></tr>",
            n * 300 / max
        );
    }
    o.push_str(
        "</table><h2>Money by currency</h2><table><tr><th>currency</th><th>mentions</th><th>exact total</th></tr>",
    );
    for (cur, total) in &summary.money_totals {
        let n = summary.money_mentions.get(cur).copied().unwrap_or(0);
        let _ = write!(o, "<tr><td>{}</td><td>{n}</td><td>{}</td></tr>", escape(cur), escape(total));
    }
    o.push_str("</table>");
    if !summary.error_kinds.is_empty() {
        o.push_str("<h2>Errors</h2><table>");
        for (k, v) in &summary.error_kinds {
            let _ = write!(o, "<tr><td>{}</td><td>{v}</td></tr>", escape(k));
        }
        o.push_str("</table>");
    }
    o.push_str("</section>");
    for (i, r) in articles.iter().enumerate() {
        let prev = if i > 0 {
            format!("<a href=\"#a{}\" onclick=\"show({})\">← previous</a> ", i - 1, i - 1)
        } else {
            String::new()
        };
        let next = if i + 1 < articles.len() {
            format!("<a href=\"#a{}\" onclick=\"show({})\">next →</a>", i + 1, i + 1)
        } else {
            String::new()
        };
        let _ = write!(
            o,
            "<article id=\"a{i}\" data-id=\"{}\"><p>{prev}{next}</p><h2>{}</h2><p>id {} · outlet {} · author {} · published {}</p>",
            escape(&r.id),
            escape(r.title.as_deref().unwrap_or(&r.id)),
            escape(&r.id),
            escape(opt(&r.outlet)),
            escape(opt(&r.author)),
            escape(opt(&r.published))
        );
        if let Some(e) = &r.error {
            let _ = write!(o, "<p><b>error:</b> {}</p>", escape(e));
        }
        for w in &r.warnings {
            let _ = write!(o, "<p><b>warning:</b> {}</p>", escape(w));
        }
        let _ = write!(o, "<div class=\"text\">{}</div></article>", highlight(r));
    }
    let _ = write!(o, "</main><div id=\"detail\"></div><script>{SCRIPT}</script></body></html>");
    o
}
