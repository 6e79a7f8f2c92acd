//! Validation of one HSDS service object (HSDS 3.0 required fields, with the Sanad profile's
//! changes) and extraction of the typed view.

use serde_json::{Map, Value};
use std::collections::BTreeMap;

use super::schedule::{Rule, parse_date, parse_time, parse_weekday};
use crate::outcome::RefCategory;

/// Who-is-served codes of the `sanad-eligibility` taxonomy.
pub const ELIGIBILITY_CODES: [&str; 8] = [
    "children",
    "women",
    "men",
    "families",
    "irregular_migrants",
    "refugees_asylum_seekers",
    "tip_victims",
    "unaccompanied_minors",
];

const STATUS: [&str; 4] = ["active", "inactive", "defunct", "temporarily closed"];
const LOCATION_TYPES: [&str; 3] = ["physical", "postal", "virtual"];

/// A text in its base language and its translations (BCP 47 code → text).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Texts {
    /// The record's primary-language text.
    pub base: String,
    /// Translations.
    pub by_lang: BTreeMap<String, String>,
}

impl Texts {
    /// The text in `lang` (matching the primary subtag), else the base text.
    pub fn get(&self, lang: &str) -> &str {
        let primary = lang.split('-').next().unwrap_or(lang);
        self.by_lang
            .iter()
            .find(|(k, _)| k.split('-').next() == Some(primary))
            .map_or(self.base.as_str(), |(_, v)| v.as_str())
    }
    /// The base text and every translation.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.base.as_str())
            .chain(self.by_lang.values().map(String::as_str))
            .filter(|s| !s.is_empty())
    }
}

/// A phone number to call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneView {
    /// The number as written.
    pub number: String,
    /// HSDS `type` (voice, sms, text, fax, ...), if given.
    pub kind: Option<String>,
    /// Description.
    pub description: Option<String>,
}

/// What the app reads from a service.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceView {
    /// Service id.
    pub id: String,
    /// HSDS status.
    pub status: String,
    /// Name (with translations).
    pub name: Texts,
    /// Description (with translations).
    pub description: Texts,
    /// Organisation name (with translations).
    pub organization: Texts,
    /// Referral categories (`sanad-referral` attributes).
    pub categories: Vec<RefCategory>,
    /// Who is served (`sanad-eligibility` attributes).
    pub serves: Vec<String>,
    /// Languages spoken (ISO 639 codes).
    pub languages: Vec<String>,
    /// City names, as written in addresses and location names (with translations).
    pub cities: Vec<String>,
    /// Coordinates of physical locations.
    pub coordinates: Vec<(f64, f64)>,
    /// Phones (service, then locations).
    pub phones: Vec<PhoneView>,
    /// Opening rules.
    pub schedules: Vec<Rule>,
    /// When the entry was last verified (`YYYY-MM-DD`); `None`: unverified.
    pub assured_date: Option<String>,
    /// Sample data, not the organisation's own (`x_sanad_sample: true`): the app says so.
    pub sample: bool,
}

type Problem = (String, String);

fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn obj<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, Problem> {
    v.as_object().ok_or_else(|| {
        (
            if path.is_empty() {
                "-".into()
            } else {
                path.to_owned()
            },
            "expected an object".into(),
        )
    })
}

fn req_str<'a>(o: &'a Map<String, Value>, path: &str, key: &str) -> Result<&'a str, Problem> {
    match o.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s),
        Some(Value::String(_)) => Err((at(path, key), "must not be empty".into())),
        Some(_) => Err((at(path, key), "expected a string".into())),
        None => Err((at(path, key), "required field is missing".into())),
    }
}

fn opt_str<'a>(
    o: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<Option<&'a str>, Problem> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err((at(path, key), "expected a string".into())),
    }
}

fn opt_arr<'a>(o: &'a Map<String, Value>, path: &str, key: &str) -> Result<&'a [Value], Problem> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err((at(path, key), "expected an array".into())),
    }
}

fn opt_obj<'a>(
    o: &'a Map<String, Value>,
    path: &str,
    key: &str,
) -> Result<Option<&'a Map<String, Value>>, Problem> {
    match o.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(m)) => Ok(Some(m)),
        Some(_) => Err((at(path, key), "expected an object".into())),
    }
}

fn one_of(
    o: &Map<String, Value>,
    path: &str,
    key: &str,
    allowed: &[&str],
) -> Result<String, Problem> {
    let v = req_str(o, path, key)?;
    if allowed.contains(&v) {
        Ok(v.to_owned())
    } else {
        Err((
            at(path, key),
            format!("'{v}' is not one of {}", allowed.join(", ")),
        ))
    }
}

/// Base text plus `translations.<lang>.<key>`.
fn texts(
    o: &Map<String, Value>,
    path: &str,
    key: &str,
    base: Option<&str>,
) -> Result<Texts, Problem> {
    let mut t = Texts {
        base: base.unwrap_or_default().to_owned(),
        by_lang: BTreeMap::new(),
    };
    if let Some(tr) = opt_obj(o, path, "translations")? {
        for (lang, entry) in tr {
            let p = at(&at(path, "translations"), lang);
            if lang.is_empty() || !lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err((p, "expected a BCP 47 language code".into()));
            }
            let e = obj(entry, &p)?;
            for k in e.keys() {
                if !["name", "alternate_name", "description"].contains(&k.as_str()) {
                    return Err((
                        at(&p, k),
                        "translations carry name, alternate_name or description".into(),
                    ));
                }
            }
            if let Some(s) = opt_str(e, &p, key)? {
                t.by_lang.insert(lang.clone(), s.to_owned());
            }
        }
    }
    Ok(t)
}

fn phones(o: &Map<String, Value>, path: &str, out: &mut Vec<PhoneView>) -> Result<(), Problem> {
    for (i, p) in opt_arr(o, path, "phones")?.iter().enumerate() {
        let pp = format!("{}[{i}]", at(path, "phones"));
        let po = obj(p, &pp)?;
        req_str(po, &pp, "id")?;
        let number = req_str(po, &pp, "number")?;
        if !number.chars().any(|c| c.is_ascii_digit()) {
            return Err((at(&pp, "number"), "a phone number needs digits".into()));
        }
        out.push(PhoneView {
            number: number.to_owned(),
            kind: opt_str(po, &pp, "type")?.map(str::to_owned),
            description: opt_str(po, &pp, "description")?.map(str::to_owned),
        });
    }
    Ok(())
}

fn schedules(o: &Map<String, Value>, path: &str, out: &mut Vec<Rule>) -> Result<(), Problem> {
    for (i, s) in opt_arr(o, path, "schedules")?.iter().enumerate() {
        let sp = format!("{}[{i}]", at(path, "schedules"));
        let so = obj(s, &sp)?;
        req_str(so, &sp, "id")?;
        let time = |key: &str| -> Result<Option<u16>, Problem> {
            opt_str(so, &sp, key)?
                .map(|t| {
                    parse_time(t).ok_or_else(|| {
                        (
                            at(&sp, key),
                            format!("'{t}' is not a time (HH:MM or HH:MM:SS)"),
                        )
                    })
                })
                .transpose()
        };
        let date = |key: &str| -> Result<Option<(i32, u8, u8)>, Problem> {
            opt_str(so, &sp, key)?
                .map(|d| {
                    parse_date(d)
                        .ok_or_else(|| (at(&sp, key), format!("'{d}' is not a date (YYYY-MM-DD)")))
                })
                .transpose()
        };
        let mut days = Vec::new();
        if let Some(b) = opt_str(so, &sp, "byday")? {
            for d in b.split(',').map(str::trim).filter(|d| !d.is_empty()) {
                days.push(parse_weekday(d).ok_or_else(|| {
                    (
                        at(&sp, "byday"),
                        format!("'{d}' is not a day (MO, TU, WE, TH, FR, SA, SU)"),
                    )
                })?);
            }
        }
        let freq = opt_str(so, &sp, "freq")?;
        if let Some(f) = freq
            && !["WEEKLY", "MONTHLY"].contains(&f)
        {
            return Err((at(&sp, "freq"), format!("'{f}' is not WEEKLY or MONTHLY")));
        }
        out.push(Rule {
            weekly: freq != Some("MONTHLY"),
            days,
            opens: time("opens_at")?,
            closes: time("closes_at")?,
            valid_from: date("valid_from")?,
            valid_to: date("valid_to")?,
        });
    }
    Ok(())
}

fn location(l: &Value, path: &str, v: &mut ServiceView) -> Result<(), Problem> {
    let lo = obj(l, path)?;
    req_str(lo, path, "id")?;
    let kind = one_of(lo, path, "location_type", &LOCATION_TYPES)?;
    let name = texts(lo, path, "name", opt_str(lo, path, "name")?)?;
    v.cities.extend(name.all().map(str::to_owned));
    let lat = lo.get("latitude").and_then(Value::as_f64);
    let lon = lo.get("longitude").and_then(Value::as_f64);
    for key in ["latitude", "longitude"] {
        if matches!(lo.get(key), Some(x) if !x.is_null() && !x.is_number()) {
            return Err((at(path, key), "expected a number".into()));
        }
    }
    if let (Some(a), Some(b), "physical") = (lat, lon, kind.as_str()) {
        if !(-90.0..=90.0).contains(&a) || !(-180.0..=180.0).contains(&b) {
            return Err((at(path, "latitude"), "coordinates out of range".into()));
        }
        v.coordinates.push((a, b));
    }
    for (i, a) in opt_arr(lo, path, "addresses")?.iter().enumerate() {
        let ap = format!("{}[{i}]", at(path, "addresses"));
        let ao = obj(a, &ap)?;
        for key in ["id", "address_1", "city", "address_type"] {
            req_str(ao, &ap, key)?;
        }
        // Profile: postal_code and state_province are optional.
        opt_str(ao, &ap, "postal_code")?;
        opt_str(ao, &ap, "state_province")?;
        let country = req_str(ao, &ap, "country")?;
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            return Err((
                at(&ap, "country"),
                format!("'{country}' is not an ISO 3166-1 alpha-2 code"),
            ));
        }
        v.cities.push(req_str(ao, &ap, "city")?.to_owned());
    }
    phones(lo, path, &mut v.phones)?;
    schedules(lo, path, &mut v.schedules)
}

/// Validate a service object and extract its view; a problem is `(field path, message)`.
pub(crate) fn extract(item: &Value) -> Result<ServiceView, Problem> {
    let o = obj(item, "")?;
    let mut v = ServiceView {
        id: req_str(o, "", "id")?.to_owned(),
        status: one_of(o, "", "status", &STATUS)?,
        name: texts(o, "", "name", Some(req_str(o, "", "name")?))?,
        description: texts(o, "", "description", opt_str(o, "", "description")?)?,
        ..ServiceView::default()
    };
    if let Some(org) = opt_obj(o, "", "organization")? {
        for key in ["id", "name", "description"] {
            req_str(org, "organization", key)?;
        }
        v.organization = texts(
            org,
            "organization",
            "name",
            opt_str(org, "organization", "name")?,
        )?;
    }
    for (i, sal) in opt_arr(o, "", "service_at_locations")?.iter().enumerate() {
        let p = format!("service_at_locations[{i}]");
        let so = obj(sal, &p)?;
        req_str(so, &p, "id")?;
        if let Some(l) = so.get("location").filter(|l| !l.is_null()) {
            location(l, &at(&p, "location"), &mut v)?;
        }
        phones(so, &p, &mut v.phones)?;
        schedules(so, &p, &mut v.schedules)?;
    }
    phones(o, "", &mut v.phones)?;
    schedules(o, "", &mut v.schedules)?;
    for (i, l) in opt_arr(o, "", "languages")?.iter().enumerate() {
        let p = format!("languages[{i}]");
        let lo = obj(l, &p)?;
        req_str(lo, &p, "id")?;
        if let Some(code) = opt_str(lo, &p, "code")? {
            v.languages.push(code.to_lowercase());
        }
    }
    attributes(o, &mut v)?;
    if let Some(d) = opt_str(o, "", "assured_date")? {
        parse_date(d).ok_or_else(|| {
            (
                "assured_date".to_owned(),
                format!("'{d}' is not a date (YYYY-MM-DD)"),
            )
        })?;
        v.assured_date = Some(d.to_owned());
    }
    opt_str(o, "", "assurer_email")?;
    v.sample = o.get("x_sanad_sample") == Some(&Value::Bool(true));
    v.categories.sort();
    v.categories.dedup();
    Ok(v)
}

/// The service's attributes: referral categories and eligibility from the Sanad
/// taxonomies; other taxonomies are checked for shape and otherwise ignored.
fn attributes(o: &Map<String, Value>, v: &mut ServiceView) -> Result<(), Problem> {
    for (i, a) in opt_arr(o, "", "attributes")?.iter().enumerate() {
        let p = format!("attributes[{i}]");
        let ao = obj(a, &p)?;
        req_str(ao, &p, "id")?;
        let Some(term) = opt_obj(ao, &p, "taxonomy_term")? else {
            continue;
        };
        let tp = at(&p, "taxonomy_term");
        for key in ["id", "name", "description"] {
            req_str(term, &tp, key)?;
        }
        let code = opt_str(term, &tp, "code")?.unwrap_or_default();
        match opt_str(term, &tp, "taxonomy")? {
            Some("sanad-referral") => {
                v.categories.push(RefCategory::parse(code).ok_or_else(|| {
                    (
                        at(&tp, "code"),
                        format!("'{code}' is not a ref.* referral category"),
                    )
                })?);
            }
            Some("sanad-eligibility") => {
                if !ELIGIBILITY_CODES.contains(&code) {
                    return Err((
                        at(&tp, "code"),
                        format!("'{code}' is not one of {}", ELIGIBILITY_CODES.join(", ")),
                    ));
                }
                v.serves.push(code.to_owned());
            }
            _ => {}
        }
    }
    Ok(())
}
