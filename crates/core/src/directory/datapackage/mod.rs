//! The HSDS tabular data package: `datapackage.json` plus one CSV per object type, joined by
//! their `id` columns. Exporting then importing gives back the same records: fields that a
//! column cannot hold exactly (nulls, empty strings, translations, unknown fields, empty
//! child lists) travel in an `x_extra` JSON cell, with markers for the row's parent, the
//! nested children, and link columns the original object did not have.

use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

use super::Service;
use super::csv;
use super::json::{DirectoryError, parse_json};

mod tables;
use tables::{NUMERIC, TABLES, Table};

const EXTRA: &str = "x_extra";
const M_PARENT: &str = "__sanad_parent";
const M_CHILDREN: &str = "__sanad_children";
const M_SYNTHETIC: &str = "__sanad_synthetic";

fn table(name: &str) -> &'static Table {
    TABLES.iter().find(|t| t.name == name).unwrap_or(&TABLES[0])
}

#[derive(Default)]
struct Out {
    rows: BTreeMap<&'static str, Vec<Vec<String>>>,
    seen: BTreeMap<(&'static str, String), ()>,
}

impl Out {
    /// Write `obj` as a row of `t`; `links` are (column, value) set by the parent; `children`
    /// are the keys written as child rows (removed from the row).
    fn row(
        &mut self,
        t: &'static Table,
        obj: &Map<String, Value>,
        links: &[(&str, &str)],
        parent: Option<&str>,
        children: &[&str],
    ) {
        let id = obj
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if parent.is_none() && self.seen.insert((t.name, id.clone()), ()).is_some() {
            return; // shared object (same organization, location or term): one row
        }
        let mut extra = Map::new();
        let mut cells = vec![String::new(); t.columns.len()];
        let mut synthetic = Vec::new();
        for (col, value) in links {
            let i = t.columns.iter().position(|c| c == col).unwrap_or(0);
            cells[i] = (*value).to_owned();
            match obj.get(*col) {
                Some(Value::String(s)) if s == value => {}
                Some(other) => {
                    extra.insert((*col).to_owned(), other.clone());
                }
                None => synthetic.push(Value::String((*col).to_owned())),
            }
        }
        for (k, v) in obj {
            if children.contains(&k.as_str()) || links.iter().any(|(c, _)| c == k) {
                continue;
            }
            let col = t.columns.iter().position(|c| c == k);
            match (col, v) {
                (Some(i), Value::String(s)) if !s.is_empty() => cells[i] = s.clone(),
                (Some(i), Value::Number(n))
                    if NUMERIC.contains(&k.as_str())
                        && n.to_string().parse::<Value>().ok().as_ref() == Some(v) =>
                {
                    cells[i] = n.to_string()
                }
                _ => {
                    extra.insert(k.clone(), v.clone());
                }
            }
        }
        if let Some(p) = parent {
            extra.insert(M_PARENT.into(), p.into());
        }
        if !children.is_empty() {
            extra.insert(
                M_CHILDREN.into(),
                children
                    .iter()
                    .map(|c| Value::String((*c).into()))
                    .collect(),
            );
        }
        if !synthetic.is_empty() {
            extra.insert(M_SYNTHETIC.into(), Value::Array(synthetic));
        }
        cells.push(if extra.is_empty() {
            String::new()
        } else {
            Value::Object(extra).to_string()
        });
        self.rows.entry(t.name).or_default().push(cells);
    }
}

fn arr<'a>(o: &'a Map<String, Value>, key: &str) -> Option<&'a Vec<Value>> {
    o.get(key)
        .and_then(Value::as_array)
        .filter(|a| !a.is_empty() && a.iter().all(Value::is_object))
}

fn id_of(v: &Map<String, Value>) -> &str {
    v.get("id").and_then(Value::as_str).unwrap_or_default()
}

fn phones_schedules(
    out: &mut Out,
    o: &Map<String, Value>,
    link: &'static str,
    id: &str,
    parent: &'static str,
    children: &mut Vec<&'static str>,
) {
    for (key, tname) in [
        ("phones", "phone"),
        ("schedules", "schedule"),
        ("languages", "language"),
    ] {
        if tname == "language" && parent == "service_at_location" {
            continue;
        }
        if let Some(items) = arr(o, key) {
            children.push(key);
            for it in items.iter().filter_map(Value::as_object) {
                out.row(table(tname), it, &[(link, id)], Some(parent), &[]);
            }
        }
    }
}

fn location(out: &mut Out, l: &Map<String, Value>) {
    let id = id_of(l).to_owned();
    let mut children = Vec::new();
    if let Some(items) = arr(l, "addresses") {
        children.push("addresses");
        for a in items.iter().filter_map(Value::as_object) {
            out.row(
                table("address"),
                a,
                &[("location_id", &id)],
                Some("location"),
                &[],
            );
        }
    }
    phones_schedules(out, l, "location_id", &id, "location", &mut children);
    out.row(table("location"), l, &[], None, &children);
}

/// Export as a data package: `(file name, contents)`, `datapackage.json` first.
pub fn export_datapackage(services: &[Service]) -> Vec<(String, String)> {
    let mut out = Out::default();
    for s in services {
        export_service(&mut out, s);
    }
    write_files(&out)
}

/// One service's rows: its organization, places, phones, schedules and attributes.
fn export_service(out: &mut Out, s: &Service) {
    let Some(o) = s.raw.as_object() else { return };
    let id = id_of(o).to_owned();
    let mut children: Vec<&'static str> = Vec::new();
    let mut links: Vec<(&str, String)> = Vec::new();
    if let Some(org) = o.get("organization").and_then(Value::as_object) {
        children.push("organization");
        links.push(("organization_id", id_of(org).to_owned()));
        out.row(table("organization"), org, &[], None, &[]);
    }
    if let Some(items) = arr(o, "service_at_locations") {
        children.push("service_at_locations");
        for sal in items.iter().filter_map(Value::as_object) {
            let sid = id_of(sal).to_owned();
            let mut sc: Vec<&'static str> = Vec::new();
            let mut sl: Vec<(&str, String)> = vec![("service_id", id.clone())];
            if let Some(l) = sal.get("location").and_then(Value::as_object) {
                sc.push("location");
                sl.push(("location_id", id_of(l).to_owned()));
                location(out, l);
            }
            phones_schedules(
                out,
                sal,
                "service_at_location_id",
                &sid,
                "service_at_location",
                &mut sc,
            );
            let sl_ref: Vec<(&str, &str)> = sl.iter().map(|(a, b)| (*a, b.as_str())).collect();
            out.row(
                table("service_at_location"),
                sal,
                &sl_ref,
                Some("service"),
                &sc,
            );
        }
    }
    phones_schedules(out, o, "service_id", &id, "service", &mut children);
    if let Some(items) = arr(o, "attributes") {
        children.push("attributes");
        for a in items.iter().filter_map(Value::as_object) {
            let mut ac: Vec<&'static str> = Vec::new();
            let mut al: Vec<(&str, String)> = vec![("link_id", id.clone())];
            if let Some(term) = a.get("taxonomy_term").and_then(Value::as_object) {
                ac.push("taxonomy_term");
                al.push(("taxonomy_term_id", id_of(term).to_owned()));
                out.row(table("taxonomy_term"), term, &[], None, &[]);
            }
            let al_ref: Vec<(&str, &str)> = al.iter().map(|(a, b)| (*a, b.as_str())).collect();
            out.row(table("attribute"), a, &al_ref, Some("service"), &ac);
        }
    }
    let links_ref: Vec<(&str, &str)> = links.iter().map(|(a, b)| (*a, b.as_str())).collect();
    out.row(table("service"), o, &links_ref, None, &children);
}

/// The CSV files and the `datapackage.json` describing them.
fn write_files(out: &Out) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut resources = Vec::new();
    for t in TABLES {
        let mut text = String::new();
        let mut header: Vec<String> = t.columns.iter().map(|c| (*c).to_owned()).collect();
        header.push(EXTRA.into());
        csv::write_row(&mut text, &header);
        for r in out.rows.get(t.name).map(Vec::as_slice).unwrap_or_default() {
            csv::write_row(&mut text, r);
        }
        let fields: Vec<Value> = header.iter().map(|c| json!({"name": c, "type": if NUMERIC.contains(&c.as_str()) { "number" } else { "string" }})).collect();
        resources.push(json!({"name": t.name, "path": format!("{}.csv", t.name), "profile": "tabular-data-resource", "schema": {"fields": fields, "primaryKey": "id"}}));
        files.push((format!("{}.csv", t.name), text));
    }
    let dp = json!({"name": "sanad-directory", "profile": "tabular-data-package", "resources": resources});
    files.insert(
        0,
        (
            "datapackage.json".into(),
            serde_json::to_string_pretty(&dp).unwrap_or_default(),
        ),
    );
    files
}

type Rows = Vec<Map<String, Value>>;

fn err(file: &str, record: &str, field: &str, problem: String) -> DirectoryError {
    DirectoryError {
        file: file.into(),
        record: record.into(),
        field: field.into(),
        problem,
    }
}

/// Read one table: header + rows into objects (cells typed, `x_extra` merged).
fn read_table(files: &BTreeMap<String, String>, t: &Table) -> Result<Rows, DirectoryError> {
    let file = format!("{}.csv", t.name);
    let Some(text) = files.get(&file) else {
        return Ok(Vec::new());
    };
    let rows = csv::parse(text).map_err(|p| err(&file, "-", "-", p))?;
    let Some((header, body)) = rows.split_first() else {
        return Ok(Vec::new());
    };
    if !header.iter().any(|h| h == "id") {
        return Err(err(&file, "-", "id", "the header has no id column".into()));
    }
    let mut out = Vec::new();
    for (n, r) in body.iter().enumerate() {
        if r.iter().all(String::is_empty) {
            continue;
        }
        let rec = r
            .get(header.iter().position(|h| h == "id").unwrap_or(0))
            .cloned()
            .unwrap_or_default();
        let rec = if rec.is_empty() {
            format!("row {}", n + 2)
        } else {
            rec
        };
        if r.len() != header.len() {
            return Err(err(
                &file,
                &rec,
                "-",
                format!("{} cells for {} columns", r.len(), header.len()),
            ));
        }
        let mut o = Map::new();
        for (h, cell) in header.iter().zip(r) {
            if h == EXTRA || cell.is_empty() {
                continue;
            }
            let v = if NUMERIC.contains(&h.as_str()) {
                cell.parse::<Value>()
                    .ok()
                    .filter(Value::is_number)
                    .ok_or_else(|| err(&file, &rec, h, format!("'{cell}' is not a number")))?
            } else {
                Value::String(cell.clone())
            };
            o.insert(h.clone(), v);
        }
        if let Some(x) = header
            .iter()
            .position(|h| h == EXTRA)
            .map(|i| &r[i])
            .filter(|c| !c.is_empty())
        {
            let Ok(Value::Object(extra)) = serde_json::from_str::<Value>(x) else {
                return Err(err(&file, &rec, EXTRA, "expected a JSON object".into()));
            };
            for (k, v) in extra {
                o.insert(k, v);
            }
        }
        out.push(o);
    }
    Ok(out)
}

fn finish(mut o: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Array(syn)) = o.remove(M_SYNTHETIC) {
        for k in syn.iter().filter_map(Value::as_str) {
            o.remove(k);
        }
    }
    o.remove(M_PARENT);
    o.remove(M_CHILDREN);
    o
}

fn wants(o: &Map<String, Value>, key: &str) -> bool {
    match o.get(M_CHILDREN) {
        Some(Value::Array(c)) => c.iter().any(|x| x == key),
        _ => true,
    }
}

fn belongs(o: &Map<String, Value>, parent: &str, link: &str, id: &str) -> bool {
    let parent_ok = o
        .get(M_PARENT)
        .and_then(Value::as_str)
        .is_none_or(|p| p == parent);
    parent_ok && o.get(link).and_then(Value::as_str) == Some(id)
}

/// Import a data package (file name → contents). Every problem names file, record and field.
pub fn parse_datapackage(files: &BTreeMap<String, String>) -> Result<Vec<Service>, DirectoryError> {
    if !files.contains_key("service.csv") {
        return Err(err(
            "service.csv",
            "-",
            "-",
            "the data package has no service.csv".into(),
        ));
    }
    let mut tables: BTreeMap<&str, Rows> = BTreeMap::new();
    for tb in TABLES {
        tables.insert(tb.name, read_table(files, tb)?);
    }
    let pkg = Package::new(tables);
    let mut out = Vec::new();
    for s in &pkg.tables["service"] {
        out.push(Value::Object(finish(pkg.service(s)?)));
    }
    parse_json("datapackage", &Value::Array(out).to_string())
}

/// The tables read from a package, with the objects that others point to by id.
struct Package<'a> {
    tables: BTreeMap<&'a str, Rows>,
    orgs: BTreeMap<String, Map<String, Value>>,
    locs: BTreeMap<String, Map<String, Value>>,
    terms: BTreeMap<String, Map<String, Value>>,
}

impl<'a> Package<'a> {
    fn new(tables: BTreeMap<&'a str, Rows>) -> Self {
        let by_id = |name: &str| -> BTreeMap<String, Map<String, Value>> {
            tables[name]
                .iter()
                .map(|o| (id_of(o).to_owned(), o.clone()))
                .collect()
        };
        let (orgs, locs, terms) = (
            by_id("organization"),
            by_id("location"),
            by_id("taxonomy_term"),
        );
        Package {
            tables,
            orgs,
            locs,
            terms,
        }
    }

    fn children_of(&self, name: &str, parent: &str, link: &str, id: &str) -> Vec<Value> {
        self.tables[name]
            .iter()
            .filter(|o| belongs(o, parent, link, id))
            .map(|o| Value::Object(finish(o.clone())))
            .collect()
    }

    /// Phones, schedules and languages, which services, places and locations all have.
    fn attach_common(&self, o: &mut Map<String, Value>, parent: &str, link: &str, id: &str) {
        for (key, tname) in [
            ("phones", "phone"),
            ("schedules", "schedule"),
            ("languages", "language"),
        ] {
            let items = self.children_of(tname, parent, link, id);
            if !items.is_empty() && wants(o, key) {
                o.insert(key.into(), Value::Array(items));
            }
        }
    }

    /// One service row joined with everything that belongs to it.
    fn service(&self, s: &Map<String, Value>) -> Result<Map<String, Value>, DirectoryError> {
        let mut o = s.clone();
        let id = id_of(s).to_owned();
        if wants(s, "organization")
            && let Some(org_id) = s.get("organization_id").and_then(Value::as_str)
        {
            match self.orgs.get(org_id) {
                Some(org) => {
                    o.insert("organization".into(), Value::Object(finish(org.clone())));
                }
                None if s.get(M_CHILDREN).is_some() => {
                    return Err(err(
                        "service.csv",
                        &id,
                        "organization_id",
                        format!("no organization with id {org_id}"),
                    ));
                }
                None => {}
            }
        }
        let sals = self.service_at_locations(&id)?;
        if !sals.is_empty() {
            o.insert("service_at_locations".into(), Value::Array(sals));
        }
        self.attach_common(&mut o, "service", "service_id", &id);
        let attrs = self.attributes(&id)?;
        if !attrs.is_empty() {
            o.insert("attributes".into(), Value::Array(attrs));
        }
        Ok(o)
    }

    fn service_at_locations(&self, id: &str) -> Result<Vec<Value>, DirectoryError> {
        let mut sals = Vec::new();
        for sal in self.tables["service_at_location"]
            .iter()
            .filter(|x| belongs(x, "service", "service_id", id))
        {
            let mut so = sal.clone();
            let sid = id_of(sal).to_owned();
            if let Some(lid) = sal
                .get("location_id")
                .and_then(Value::as_str)
                .filter(|_| wants(sal, "location"))
            {
                let l = self.locs.get(lid).ok_or_else(|| {
                    err(
                        "service_at_location.csv",
                        &sid,
                        "location_id",
                        format!("no location with id {lid}"),
                    )
                })?;
                let mut lo = l.clone();
                let addresses = self.children_of("address", "location", "location_id", lid);
                if !addresses.is_empty() && wants(l, "addresses") {
                    lo.insert("addresses".into(), Value::Array(addresses));
                }
                self.attach_common(&mut lo, "location", "location_id", lid);
                so.insert("location".into(), Value::Object(finish(lo)));
            }
            self.attach_common(
                &mut so,
                "service_at_location",
                "service_at_location_id",
                &sid,
            );
            sals.push(Value::Object(finish(so)));
        }
        Ok(sals)
    }

    fn attributes(&self, id: &str) -> Result<Vec<Value>, DirectoryError> {
        let mut attrs = Vec::new();
        for a in self.tables["attribute"]
            .iter()
            .filter(|x| belongs(x, "service", "link_id", id))
        {
            let mut ao = a.clone();
            if let Some(tid) = a
                .get("taxonomy_term_id")
                .and_then(Value::as_str)
                .filter(|_| wants(a, "taxonomy_term"))
            {
                let term = self.terms.get(tid).ok_or_else(|| {
                    err(
                        "attribute.csv",
                        id_of(a),
                        "taxonomy_term_id",
                        format!("no taxonomy term with id {tid}"),
                    )
                })?;
                ao.insert("taxonomy_term".into(), Value::Object(finish(term.clone())));
            }
            attrs.push(Value::Object(finish(ao)));
        }
        Ok(attrs)
    }
}
