//! How strong a passphrase looks, for the set-up screen's meter.
//!
//! An estimate of the guesses an offline attacker needs, from the length and the kinds of
//! characters, lowered for repeats, runs (`abcd`, `1234`), keyboard rows and well-known
//! passwords. It only guides the worker; the store enforces its own minimum.

/// The meter's levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PassStrength {
    /// Shorter than the store accepts.
    TooShort,
    /// Guessable in little time from a copy of the phone's files.
    Weak,
    /// Acceptable.
    Fair,
    /// Good.
    Strong,
}

impl PassStrength {
    /// A stable key for texts and styles.
    pub fn as_str(self) -> &'static str {
        match self {
            PassStrength::TooShort => "too-short",
            PassStrength::Weak => "weak",
            PassStrength::Fair => "fair",
            PassStrength::Strong => "strong",
        }
    }
}

/// The minimum length the store accepts, in characters.
pub const MIN_CHARS: usize = 8;

const COMMON: &[&str] = &[
    "password",
    "motdepasse",
    "azerty",
    "qwerty",
    "123456",
    "welcome",
    "bienvenue",
    "maroc",
    "morocco",
    "oujda",
    "sanad",
    "admin",
    "letmein",
    "iloveyou",
    "soleil",
    "bonjour",
];

const ROWS: &[&str] = &[
    "azertyuiop",
    "qwertyuiop",
    "qsdfghjklm",
    "asdfghjkl",
    "wxcvbn",
    "zxcvbnm",
];

/// Estimated bits of guessing work.
pub fn entropy_bits(pass: &str) -> f64 {
    let chars: Vec<char> = pass.chars().collect();
    if chars.is_empty() {
        return 0.0;
    }
    let (mut lower, mut upper, mut digit, mut symbol, mut other) =
        (false, false, false, false, false);
    for c in &chars {
        match c {
            'a'..='z' => lower = true,
            'A'..='Z' => upper = true,
            '0'..='9' => digit = true,
            c if c.is_ascii() => symbol = true,
            _ => other = true,
        }
    }
    let pool = [
        (lower, 26.0),
        (upper, 26.0),
        (digit, 10.0),
        (symbol, 33.0),
        (other, 36.0),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, n)| n)
    .sum::<f64>();
    let per_char = f64::log2(pool.max(2.0));
    // Count only characters that add information: not a repeat of the previous one and
    // not the next step of a run or keyboard row.
    let lower_text: String = pass.to_lowercase();
    let lc: Vec<char> = lower_text.chars().collect();
    let mut effective = 1.0;
    for i in 1..lc.len() {
        let (a, b) = (lc[i - 1], lc[i]);
        let step = b as i64 - a as i64;
        let on_row = ROWS.iter().any(|r| {
            let mut s = String::new();
            s.push(a);
            s.push(b);
            r.contains(&s)
        });
        effective += if a == b || step.abs() == 1 || on_row {
            0.25
        } else {
            1.0
        };
    }
    let mut bits = effective * per_char;
    for w in COMMON {
        if lower_text.contains(w) {
            // The word is one guess among a few thousand, not its letters.
            bits -= (w.chars().count() as f64 - 1.0) * per_char;
            bits += 12.0;
        }
    }
    bits.max(0.0)
}

/// The meter's level for a passphrase.
pub fn strength(pass: &str) -> PassStrength {
    if pass.chars().count() < MIN_CHARS {
        return PassStrength::TooShort;
    }
    let bits = entropy_bits(pass);
    if bits < 45.0 {
        PassStrength::Weak
    } else if bits < 70.0 {
        PassStrength::Fair
    } else {
        PassStrength::Strong
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_guessing_work() {
        assert_eq!(strength(""), PassStrength::TooShort);
        assert_eq!(strength("abc12"), PassStrength::TooShort);
        assert_eq!(strength("aaaaaaaaaaaa"), PassStrength::Weak);
        assert_eq!(strength("12345678"), PassStrength::Weak);
        assert_eq!(strength("azertyuiop"), PassStrength::Weak);
        assert_eq!(strength("Password1"), PassStrength::Weak);
        assert_eq!(strength("motdepasse2024"), PassStrength::Weak);
        assert_eq!(strength("tomate42"), PassStrength::Weak);
        assert_eq!(strength("Soleil2024!"), PassStrength::Fair);
        assert_eq!(strength("chat-noir-7"), PassStrength::Fair);
        assert_eq!(strength("tomate-vélo-9"), PassStrength::Strong);
        assert_eq!(
            strength("lune bleue sur la mer du nord"),
            PassStrength::Strong
        );
        assert_eq!(strength("شمس الصباح فوق الجبل"), PassStrength::Strong);
    }

    #[test]
    fn longer_is_never_weaker_for_random_text() {
        let s = "k7Qm2xVp9rTw4zLb";
        let mut last = 0.0;
        for n in 1..=s.len() {
            let b = entropy_bits(&s[..n]);
            assert!(b >= last, "{n}: {b} < {last}");
            last = b;
        }
    }
}
