//! RFC 4180 CSV, reading and writing in memory (quoted fields may hold commas, quotes and
//! line breaks).

/// Write one CSV line (with CRLF).
pub(crate) fn write_row(out: &mut String, cells: &[String]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if c.contains([',', '"', '\n', '\r']) || c.starts_with(' ') || c.ends_with(' ') {
            out.push('"');
            out.push_str(&c.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(c);
        }
    }
    out.push_str("\r\n");
}

/// Parse a whole CSV text into rows; the error names the line.
pub(crate) fn parse(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .chars()
        .peekable();
    let mut line = 1;
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push(c);
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => return Err(format!("line {line}: a quote inside an unquoted field")),
            ',' => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                line += 1;
                at_start = true;
            }
            _ => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if quoted {
        return Err(format!("line {line}: unterminated quoted field"));
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_quotes_commas_and_newlines() {
        let rows = vec![
            vec!["id".to_string(), "name".into()],
            vec!["1".into(), "a, \"b\"\nc".into()],
            vec!["2".into(), String::new()],
        ];
        let mut text = String::new();
        for r in &rows {
            write_row(&mut text, r);
        }
        assert_eq!(parse(&text).expect("parse"), rows);
        assert!(parse("a,\"b").is_err());
        assert!(parse("a,b\"c").is_err());
        assert_eq!(
            parse("x,y\ny,z").expect("lf"),
            vec![vec!["x", "y"], vec!["y", "z"]]
        );
    }
}
