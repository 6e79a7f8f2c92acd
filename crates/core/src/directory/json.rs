//! HSDS JSON import and export, all-or-nothing, with errors naming file, record, field and
//! problem.

use serde_json::Value;
use std::collections::BTreeSet;

use super::Service;
use super::view::extract;

/// What is wrong with an import. Nothing is imported when there is any.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {record}: {field}: {problem}")]
pub struct DirectoryError {
    /// The file.
    pub file: String,
    /// The record (service id, or `services[3]` when it has none).
    pub record: String,
    /// The field, as a path (`service_at_locations[0].location.id`).
    pub field: String,
    /// What is wrong.
    pub problem: String,
}

/// Parse HSDS JSON: an array of full `service` objects, or an API page `{ "contents": [...] }`.
/// Every service is validated; the first problem found is reported and nothing is kept.
pub fn parse_json(file: &str, text: &str) -> Result<Vec<Service>, DirectoryError> {
    let err = |record: &str, field: &str, problem: String| DirectoryError {
        file: file.into(),
        record: record.into(),
        field: field.into(),
        problem,
    };
    let root: Value = serde_json::from_str(text).map_err(|e| {
        err(
            "-",
            "-",
            format!("not valid JSON (line {}, column {})", e.line(), e.column()),
        )
    })?;
    let items = match &root {
        Value::Array(a) => a.clone(),
        Value::Object(o) => match o.get("contents") {
            Some(Value::Array(a)) => a.clone(),
            _ => {
                return Err(err(
                    "-",
                    "contents",
                    "expected an array of services, or a page object with a \"contents\" array"
                        .into(),
                ));
            }
        },
        _ => {
            return Err(err(
                "-",
                "-",
                "expected an array of services, or a page object with a \"contents\" array".into(),
            ));
        }
    };
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let label = item
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| format!("services[{i}]"));
        let view = extract(&item).map_err(|(field, problem)| err(&label, &field, problem))?;
        if !seen.insert(view.id.clone()) {
            return Err(err(&label, "id", "duplicate service id".into()));
        }
        out.push(Service { raw: item, view });
    }
    Ok(out)
}

/// Export as an HSDS JSON array (pretty-printed), each service exactly as imported.
pub fn export_json(services: &[Service]) -> String {
    let arr = Value::Array(services.iter().map(|s| s.raw.clone()).collect());
    serde_json::to_string_pretty(&arr).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc(extra: &str) -> String {
        format!(
            r#"{{"id":"11111111-1111-4111-8111-111111111111","name":"Listening unit","status":"active",
                "organization":{{"id":"22222222-2222-4222-8222-222222222222","name":"Org","description":"d"}}{extra}}}"#
        )
    }

    #[test]
    fn arrays_and_pages_import_and_round_trip_exactly() {
        let text = format!(
            "[{}]",
            svc(r#","x_local_field":{"kept":[1,2]},"email":null"#)
        );
        let s = parse_json("a.json", &text).expect("valid");
        assert_eq!(s.len(), 1);
        let back = parse_json("b.json", &export_json(&s)).expect("export re-imports");
        assert_eq!(
            back, s,
            "identical records, unknown fields and nulls included"
        );
        let page = format!(r#"{{"total_items":1,"contents":[{}]}}"#, svc(""));
        assert_eq!(parse_json("p.json", &page).expect("page").len(), 1);
    }

    #[test]
    fn errors_name_file_record_field_and_problem() {
        let e = parse_json("d.json", r#"[{"id":"s1","status":"active"}]"#).expect_err("no name");
        assert_eq!(
            (e.file.as_str(), e.record.as_str(), e.field.as_str()),
            ("d.json", "s1", "name")
        );
        let e = parse_json("d.json", r#"[{"name":"x","status":"active"}]"#).expect_err("no id");
        assert_eq!((e.record.as_str(), e.field.as_str()), ("services[0]", "id"));
        let e = parse_json(
            "d.json",
            &format!(
                "[{}]",
                svc(r#","status":"open""#).replace(r#""status":"active","#, "")
            ),
        )
        .expect_err("status");
        assert!(e.field == "status" && e.problem.contains("open"), "{e}");
        let e = parse_json("d.json", "[1]").expect_err("not an object");
        assert_eq!(e.record, "services[0]");
        let e = parse_json("d.json", "{").expect_err("syntax");
        assert!(e.problem.contains("line 1"));
        let dup = format!("[{},{}]", svc(""), svc(""));
        assert_eq!(
            parse_json("d.json", &dup).expect_err("dup").problem,
            "duplicate service id"
        );
    }
}
