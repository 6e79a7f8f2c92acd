//! "Open now" from HSDS schedule rows: weekly `byday` with `opens_at`/`closes_at`, bounded by
//! `valid_from`/`valid_to`. The caller gives the local time (the app converts to
//! Africa/Casablanca time; this module stays free of clocks and time zones).

/// Day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    /// MO
    Mon,
    /// TU
    Tue,
    /// WE
    Wed,
    /// TH
    Thu,
    /// FR
    Fri,
    /// SA
    Sat,
    /// SU
    Sun,
}

/// A local date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// (year, month, day).
    pub date: (i32, u8, u8),
    /// Day of the week.
    pub weekday: Weekday,
    /// Minutes since midnight.
    pub minutes: u16,
}

/// One opening rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Weekly rule (monthly rules are kept but not evaluated).
    pub weekly: bool,
    /// Days it applies to (empty: every day).
    pub days: Vec<Weekday>,
    /// Opening time, minutes.
    pub opens: Option<u16>,
    /// Closing time, minutes (before `opens`: closes after midnight).
    pub closes: Option<u16>,
    /// First valid date.
    pub valid_from: Option<(i32, u8, u8)>,
    /// Last valid date.
    pub valid_to: Option<(i32, u8, u8)>,
}

pub(crate) fn parse_weekday(s: &str) -> Option<Weekday> {
    Some(match s.to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

pub(crate) fn parse_time(s: &str) -> Option<u16> {
    let mut parts = s.split(':');
    let h: u16 = parts.next()?.parse().ok()?;
    let m: u16 = parts.next()?.parse().ok()?;
    if let Some(sec) = parts.next() {
        let sec: u16 = sec.get(..2)?.parse().ok()?;
        if sec > 59 {
            return None;
        }
    }
    (h <= 24 && m <= 59 && (h < 24 || m == 0)).then_some(h * 60 + m)
}

pub(crate) fn parse_date(s: &str) -> Option<(i32, u8, u8)> {
    let mut p = s.get(..10)?.split('-');
    let y: i32 = p.next()?.parse().ok()?;
    let m: u8 = p.next()?.parse().ok()?;
    let d: u8 = p.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

fn prev(d: Weekday) -> Weekday {
    use Weekday::*;
    match d {
        Mon => Sun,
        Tue => Mon,
        Wed => Tue,
        Thu => Wed,
        Fri => Thu,
        Sat => Fri,
        Sun => Sat,
    }
}

/// Whether the rules say open at `t`: `Some(true/false)`, or `None` when no weekly rule
/// with hours exists (unknown: shown as "hours not given", never as closed).
pub fn is_open(rules: &[Rule], t: LocalTime) -> Option<bool> {
    let usable: Vec<&Rule> = rules
        .iter()
        .filter(|r| r.weekly && r.opens.is_some() && r.closes.is_some())
        .collect();
    if usable.is_empty() {
        return None;
    }
    let valid = |r: &Rule| {
        r.valid_from.is_none_or(|f| t.date >= f) && r.valid_to.is_none_or(|e| t.date <= e)
    };
    let on = |r: &Rule, d: Weekday| r.days.is_empty() || r.days.contains(&d);
    Some(usable.iter().any(|r| {
        let (o, c) = (r.opens.unwrap_or(0), r.closes.unwrap_or(0));
        valid(r)
            && if o < c {
                on(r, t.weekday) && t.minutes >= o && t.minutes < c
            } else {
                // Overnight: open from `o` today, or until `c` after yesterday's opening.
                (on(r, t.weekday) && t.minutes >= o) || (on(r, prev(t.weekday)) && t.minutes < c)
            }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(days: &[Weekday], o: &str, c: &str) -> Rule {
        Rule {
            weekly: true,
            days: days.to_vec(),
            opens: parse_time(o),
            closes: parse_time(c),
            valid_from: None,
            valid_to: None,
        }
    }
    fn at(weekday: Weekday, hm: &str) -> LocalTime {
        LocalTime {
            date: (2026, 11, 27),
            weekday,
            minutes: parse_time(hm).expect("time"),
        }
    }

    #[test]
    fn weekly_hours_overnight_validity_and_unknown() {
        use Weekday::*;
        let office = [rule(&[Mon, Tue, Wed, Thu, Fri], "09:00", "17:00")];
        assert_eq!(is_open(&office, at(Fri, "09:00")), Some(true));
        assert_eq!(
            is_open(&office, at(Fri, "17:00")),
            Some(false),
            "closing time is exclusive"
        );
        assert_eq!(is_open(&office, at(Sat, "10:00")), Some(false));
        let night = [rule(&[Fri], "20:00", "02:00")];
        assert_eq!(is_open(&night, at(Fri, "23:00")), Some(true));
        assert_eq!(is_open(&night, at(Sat, "01:30")), Some(true));
        assert_eq!(is_open(&night, at(Sat, "02:30")), Some(false));
        let mut winter = rule(&[], "08:00", "20:00");
        winter.valid_from = parse_date("2026-11-01");
        winter.valid_to = parse_date("2027-02-28");
        assert_eq!(
            is_open(std::slice::from_ref(&winter), at(Sun, "12:00")),
            Some(true)
        );
        let mut summer = winter.clone();
        summer.valid_from = parse_date("2027-06-01");
        summer.valid_to = None;
        assert_eq!(is_open(&[summer], at(Sun, "12:00")), Some(false));
        assert_eq!(is_open(&[], at(Mon, "12:00")), None);
        assert_eq!(
            is_open(&[rule(&[Mon], "09:00", "")], at(Mon, "10:00")),
            None,
            "no closing time: unknown"
        );
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_time("09:30"), Some(570));
        assert_eq!(parse_time("24:00"), Some(1440));
        assert_eq!(parse_time("09:30:00"), Some(570));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("9h30"), None);
        assert_eq!(
            parse_date("2026-02-30"),
            Some((2026, 2, 30)),
            "day range only; HSDS dates are written by tools"
        );
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_weekday("su"), Some(Weekday::Sun));
        assert_eq!(parse_weekday("XX"), None);
    }
}
