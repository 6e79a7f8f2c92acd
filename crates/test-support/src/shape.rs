//! The code-shape rules (DEVELOPERS.md): no Rust file over 600 lines, no function over 80
//! lines outside tests. Functions are found by a small scanner that blanks out comments,
//! string, raw-string and character literals, then matches braces; `#[cfg(test)]` items and
//! files under `tests/` or `benches/` folders are test code and not measured.

use std::path::{Path, PathBuf};

/// Longest file, in lines.
pub const MAX_FILE_LINES: usize = 600;
/// Longest function outside tests, in lines (signature to closing brace).
pub const MAX_FN_LINES: usize = 80;

/// The source text with comments and literals blanked (same line count).
pub fn blank(src: &str) -> Vec<String> {
    let mut st = Scan::default();
    src.split('\n').map(|l| st.line(l)).collect()
}

#[derive(Default)]
struct Scan {
    block: usize,
    raw: Option<usize>,
    string: bool,
}

impl Scan {
    fn line(&mut self, line: &str) -> String {
        let b: Vec<char> = line.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < b.len() {
            if self.block > 0 {
                i = self.skip_block(&b, i);
            } else if let Some(h) = self.raw {
                i = match find_raw_end(&b, i, h) {
                    Some(j) => {
                        self.raw = None;
                        j
                    }
                    None => b.len(),
                };
            } else if self.string {
                i = self.skip_string(&b, i);
            } else {
                i = self.code(&b, i, &mut out);
            }
        }
        out
    }

    fn skip_block(&mut self, b: &[char], mut i: usize) -> usize {
        while i < b.len() {
            if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                self.block -= 1;
                return i + 2;
            }
            if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                self.block += 1;
                i += 2;
                continue;
            }
            i += 1;
        }
        i
    }

    fn skip_string(&mut self, b: &[char], mut i: usize) -> usize {
        while i < b.len() {
            match b[i] {
                '\\' => i += 2,
                '"' => {
                    self.string = false;
                    return i + 1;
                }
                _ => i += 1,
            }
        }
        i
    }

    fn code(&mut self, b: &[char], i: usize, out: &mut String) -> usize {
        let c = b[i];
        let next = b.get(i + 1).copied();
        let prev_ident = i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_');
        if c == '/' && next == Some('/') {
            return b.len();
        }
        if c == '/' && next == Some('*') {
            self.block = 1;
            return i + 2;
        }
        if !prev_ident && let Some((hashes, len)) = raw_start(&b[i..]) {
            self.raw = Some(hashes);
            return i + len;
        }
        if c == '"' {
            self.string = true;
            return i + 1;
        }
        if c == '\''
            && let Some(len) = char_literal(&b[i..])
        {
            return i + len;
        }
        out.push(c);
        i + 1
    }
}

/// `r"`, `r#"`, `br##"` …: (number of hashes, length of the opener).
fn raw_start(b: &[char]) -> Option<(usize, usize)> {
    let mut i = usize::from(b.first() == Some(&'b'));
    if b.get(i) != Some(&'r') {
        return None;
    }
    i += 1;
    let hashes = b[i..].iter().take_while(|c| **c == '#').count();
    (b.get(i + hashes) == Some(&'"')).then_some((hashes, i + hashes + 1))
}

fn find_raw_end(b: &[char], from: usize, hashes: usize) -> Option<usize> {
    (from..b.len()).find_map(|j| {
        let closes = b[j] == '"' && (1..=hashes).all(|k| b.get(j + k) == Some(&'#'));
        closes.then_some(j + 1 + hashes)
    })
}

/// `'x'`, `'\n'`, `'\u{..}'`: its length; `None` for a lifetime.
fn char_literal(b: &[char]) -> Option<usize> {
    if b.get(1) == Some(&'\\') {
        let end = b.iter().skip(2).position(|c| *c == '\'')?;
        return Some(end + 3);
    }
    (b.get(2) == Some(&'\'')).then_some(3)
}

fn fn_name(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let mut rest = t;
    for kw in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(kw).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The line index where the item starting at `start` ends (its braces balance), or `None`
/// for an item without a body (ended by `;` first).
fn item_end(lines: &[String], start: usize) -> Option<usize> {
    let mut depth = 0i64;
    let mut opened = false;
    for (j, l) in lines.iter().enumerate().skip(start) {
        for c in l.chars() {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => depth -= 1,
                ';' if !opened => return None,
                _ => {}
            }
            if opened && depth == 0 {
                return Some(j);
            }
        }
    }
    None
}

/// Functions over the limit in one file's text: `(line, name, length)`.
pub fn long_functions(src: &str, max: usize) -> Vec<(usize, String, usize)> {
    let lines = blank(src);
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_start().starts_with("#[cfg(test)]") {
            i = item_end(&lines, i + 1).map_or(i + 1, |e| e + 1);
            continue;
        }
        if let Some(name) = fn_name(&lines[i])
            && let Some(end) = item_end(&lines, i)
            && end - i + 1 > max
        {
            found.push((i + 1, name.to_owned(), end - i + 1));
        }
        i += 1;
    }
    found
}

/// Every `.rs` file under `root`, skipping `target/`, `.git/` and `node_modules/`.
pub fn rust_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name();
            if p.is_dir() {
                if !matches!(name.to_str(), Some("target" | ".git" | "node_modules")) {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every broken rule under `root`, as sentences naming file, line and length.
pub fn violations(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for p in rust_files(root) {
        let rel = p.strip_prefix(root).unwrap_or(&p);
        let Ok(src) = std::fs::read_to_string(&p) else {
            out.push(format!("{}: unreadable", rel.display()));
            continue;
        };
        let n = src.lines().count();
        if n > MAX_FILE_LINES {
            out.push(format!(
                "{}: {n} lines (max {MAX_FILE_LINES})",
                rel.display()
            ));
        }
        let test_code = rel
            .components()
            .any(|c| matches!(c.as_os_str().to_str(), Some("tests" | "benches")));
        if test_code {
            continue;
        }
        for (line, name, len) in long_functions(&src, MAX_FN_LINES) {
            out.push(format!(
                "{}:{line}: fn {name} is {len} lines (max {MAX_FN_LINES})",
                rel.display()
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize) -> String {
        (0..n).map(|i| format!("    let x{i} = {i};\n")).collect()
    }

    #[test]
    fn a_long_function_is_found_and_a_short_one_is_not() {
        let src = format!(
            "fn short() {{\n{}}}\n\npub(crate) fn long() {{\n{}}}\n",
            body(3),
            body(90)
        );
        let found = long_functions(&src, 80);
        assert_eq!(found, vec![(7, "long".to_owned(), 92)]);
    }

    #[test]
    fn braces_in_strings_comments_and_chars_do_not_count() {
        let src = format!(
            "fn f() {{\n    let s = \"}}}}\"; // }}\n    let c = '}}';\n    let r = r#\"}}\"#;\n    /* }} */\n{}}}\nfn g() {{\n{}}}\n",
            body(2),
            body(85)
        );
        let found = long_functions(&src, 80);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "g");
    }

    #[test]
    fn test_modules_are_not_measured() {
        let src = format!(
            "#[cfg(test)]\nmod tests {{\n    fn t() {{\n{}    }}\n}}\n",
            body(99)
        );
        assert!(long_functions(&src, 80).is_empty());
    }

    #[test]
    fn lifetimes_are_not_char_literals() {
        let src = format!(
            "fn f<'a>(x: &'a str) -> &'a str {{\n{}    x\n}}\n",
            body(90)
        );
        assert_eq!(long_functions(&src, 80).len(), 1);
    }
}
