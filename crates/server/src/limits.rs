//! What the server allows one device, one address and one connection: storage quotas,
//! token-bucket rate limits (per device, and per IP address for enrollment and for
//! requests that did not authenticate), connection and read-time limits, and the
//! single-use enrollment challenges.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Limits of the server, with defaults; `serve` has a flag for the quotas, the connection
/// cap and the two deadlines.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Bytes one device may store (sealed payloads, statistics and quarantined records).
    pub quota_bytes: u64,
    /// Records one device may store (events and quarantined records).
    pub quota_rows: u64,
    /// Quarantined records kept per (device, sequence number); further conflicting
    /// versions of the same slot are reported but not stored.
    pub quarantine_per_seq: u32,
    /// Open connections at once; more are closed at once.
    pub max_connections: usize,
    /// Time a client has to send a request's header block (and the TLS handshake).
    pub header_timeout: Duration,
    /// Time a client has to send a request's body and get its answer.
    pub request_timeout: Duration,
    /// Enrollment requests (challenge and enroll) per second per IP address, and burst.
    pub enroll_per_ip: (f64, f64),
    /// Requests that did not authenticate (no or a wrong token, unknown paths, the
    /// OpenAPI document) per second per IP address, and burst.
    pub unauthenticated_per_ip: (f64, f64),
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            // A case event seals to about 1 KiB: 64 MiB and 100,000 records is years of
            // outreach work for one device, and bounds what a stolen token can fill.
            quota_bytes: 64 * 1024 * 1024,
            quota_rows: 100_000,
            quarantine_per_seq: 4,
            max_connections: 512,
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            // A challenge and an enrollment per device: 10 devices at once from one
            // office, then one every 4 s.
            enroll_per_ip: (0.5, 20.0),
            unauthenticated_per_ip: (2.0, 30.0),
        }
    }
}

/// Token buckets by key (a device id or an IP address).
#[derive(Debug)]
pub struct RateLimiter<K: Eq + Hash = [u8; 16]> {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

/// Buckets kept before idle ones are forgotten (bounds the memory one flood can take).
const MAX_BUCKETS: usize = 50_000;

impl<K: Eq + Hash + Copy> RateLimiter<K> {
    /// `per_second` sustained requests, bursts of `burst`.
    pub fn new(per_second: f64, burst: f64) -> RateLimiter<K> {
        RateLimiter {
            per_second,
            burst,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Take one token for `key`; `false` if it has none left.
    pub fn allow(&self, key: &K) -> bool {
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if b.len() >= MAX_BUCKETS && !b.contains_key(key) {
            // Forget the buckets that are full again (idle keys); they start full anyway.
            let (rate, burst) = (self.per_second, self.burst);
            b.retain(|_, (t, last)| *t + now.duration_since(*last).as_secs_f64() * rate < burst);
        }
        let (tokens, last) = b.entry(*key).or_insert((self.burst, now));
        *tokens =
            (*tokens + now.duration_since(*last).as_secs_f64() * self.per_second).min(self.burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// How long an enrollment challenge stays valid (ms).
pub const CHALLENGE_TTL_MS: i64 = 5 * 60_000;
/// Challenges outstanding at once (a flood of challenge requests cannot take more).
const MAX_CHALLENGES: usize = 10_000;

/// Outstanding enrollment challenges: each is accepted once, before it expires.
#[derive(Debug, Default)]
pub struct Challenges {
    open: Mutex<HashMap<[u8; 32], i64>>,
}

impl Challenges {
    /// Remember a new challenge until `expires_ms`; `false` if too many are outstanding.
    pub fn issue(&self, challenge: [u8; 32], now_ms: i64, expires_ms: i64) -> bool {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if open.len() >= MAX_CHALLENGES {
            open.retain(|_, exp| *exp > now_ms);
            if open.len() >= MAX_CHALLENGES {
                return false;
            }
        }
        open.insert(challenge, expires_ms);
        true
    }

    /// Use a challenge up: `true` only the first time, and only before it expires.
    pub fn take(&self, challenge: &[u8; 32], now_ms: i64) -> bool {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        open.remove(challenge).is_some_and(|exp| now_ms < exp)
    }
}

/// The per-address guards and challenges of one running server.
#[derive(Debug)]
pub struct Guards {
    /// Enrollment requests per IP address.
    pub enroll: RateLimiter<IpAddr>,
    /// Requests that did not authenticate, per IP address.
    pub unauthenticated: RateLimiter<IpAddr>,
    /// Outstanding enrollment challenges.
    pub challenges: Challenges,
}

impl Guards {
    /// Guards with the rates of `limits`.
    pub fn new(limits: &Limits) -> Guards {
        Guards {
            enroll: RateLimiter::new(limits.enroll_per_ip.0, limits.enroll_per_ip.1),
            unauthenticated: RateLimiter::new(
                limits.unauthenticated_per_ip.0,
                limits.unauthenticated_per_ip.1,
            ),
            challenges: Challenges::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_is_accepted_once_and_not_after_it_expires() {
        let c = Challenges::default();
        assert!(c.issue([1; 32], 0, 100));
        assert!(c.take(&[1; 32], 50));
        assert!(!c.take(&[1; 32], 50), "used up");
        assert!(c.issue([2; 32], 0, 100));
        assert!(!c.take(&[2; 32], 100), "expired");
        assert!(!c.take(&[3; 32], 0), "never issued");
    }

    #[test]
    fn buckets_refill_and_empty() {
        let l: RateLimiter<u8> = RateLimiter::new(0.0, 2.0);
        assert!(l.allow(&1) && l.allow(&1));
        assert!(!l.allow(&1));
        assert!(l.allow(&2), "another key has its own bucket");
    }
}
