//! Enrollment: a fresh challenge signed with the new device key (a captured enrollment
//! cannot be replayed), the organisation's certificates checked against the pinned
//! fingerprint, and its policy applied only when the content key signed it and the period
//! is one a device accepts.

use sanad_protocol::{
    EnrollChallenge, EnrollRequest, EnrollResponse, MAX_DEAD_MAN_DAYS, MIN_DEAD_MAN_DAYS,
    OrgPolicy, unhex,
};
use sanad_store::Vault;

use crate::client::{load_status, store_err};
use crate::{ACKED_SETTING, CONFIG_SETTING, STATUS_SETTING, SyncClient, SyncConfig, SyncError};

/// Plain-HTTP is allowed to this machine only: the address is parsed, and its host must
/// be `localhost` or a loopback IP address (`http://localhost.evil.com` and
/// `http://localhost@evil.com` are other machines).
pub(crate) fn check_url(server: &str) -> Result<(), SyncError> {
    let url = reqwest::Url::parse(server)
        .map_err(|_| SyncError::Enrollment("the server address is not a valid address".into()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(SyncError::Enrollment(
            "the server address must not contain a user name or password".into(),
        ));
    }
    match url.scheme() {
        "https" if url.host_str().is_some() => return Ok(()),
        "http" => {}
        _ => {
            return Err(SyncError::Enrollment(
                "the server address must start with https://".into(),
            ));
        }
    }
    let host = url.host_str().unwrap_or("");
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || ip
            .parse::<std::net::IpAddr>()
            .is_ok_and(|a| a.is_loopback());
    if loopback {
        Ok(())
    } else {
        Err(SyncError::Enrollment(
            "plain http:// is only allowed to this machine; use https://".into(),
        ))
    }
}

/// The dead-man period to apply: `Ok(None)` when the organisation set none, `Err` (plain
/// words, for the sync status) when the server's policy is unsigned, forged or out of
/// range. Then the device keeps the period it had: it never wipes on the server's word.
pub(crate) fn accept_policy(
    policy: Option<&OrgPolicy>,
    content_key: &str,
) -> Result<Option<u32>, String> {
    let Some(p) = policy else {
        return Ok(None);
    };
    let text = OrgPolicy::signed_text(p.dead_man_days, p.issued_ms);
    if !sanad_crypto::sign::verify_command(content_key, &text, &p.signature) {
        return Err("the dead-man period the server sent was ignored: it is not signed by the organisation's content key".into());
    }
    if !p.in_range() {
        return Err(format!(
            "the dead-man period the server sent ({} days) was ignored: it must be {MIN_DEAD_MAN_DAYS} to {MAX_DEAD_MAN_DAYS} days",
            p.dead_man_days
        ));
    }
    Ok(Some(p.dead_man_days))
}

impl SyncClient {
    /// Enroll this store's device with a one-time code. `org` is the fingerprint of the
    /// organisation's root key, learnt out of band (the organisation's build, or typed by
    /// the worker): the server's certificates must chain to it, or nothing is kept and
    /// nothing will ever be sealed to the keys the server offered. Plain HTTP is refused
    /// except on a loopback address. A dead-man period is applied only if the
    /// organisation's content key signed it and it is at least [`MIN_DEAD_MAN_DAYS`];
    /// otherwise [`crate::SyncStatus::notice`] says why it was ignored.
    pub async fn enroll(
        &mut self,
        vault: &mut Vault,
        server: &str,
        code: &str,
        org: &[u8; sanad_protocol::FINGERPRINT_LEN],
    ) -> Result<SyncConfig, SyncError> {
        let server = server.trim_end_matches('/').to_owned();
        check_url(&server)?;
        let (device_private, device_public) = sanad_crypto::sign::generate_keypair()
            .map_err(|_| SyncError::Enrollment("could not create the device key".into()))?;
        let r = self
            .redeem(vault, &server, code, &device_private, &device_public)
            .await
            .map_err(|e| match e {
                SyncError::Refused(msg) => SyncError::Enrollment(msg),
                other => other,
            })?;
        let trusted = sanad_crypto::trust::verify(&r.organisation, org)
            .map_err(|e| SyncError::Enrollment(e.to_string()))?;
        if unhex(&r.device_id).is_none_or(|k| k.len() != 16)
            || unhex(&r.token).is_none_or(|k| k.len() != 32)
        {
            return Err(SyncError::Enrollment(
                "the server's keys or token are malformed".into(),
            ));
        }
        let policy = accept_policy(r.policy.as_ref(), &trusted.content);
        let cfg = SyncConfig {
            server,
            device_id: r.device_id,
            token: r.token,
            org_root: trusted.root,
            content_key: trusted.content,
            online_key: trusted.online,
            sealing_key: sanad_protocol::hex(&trusted.sealing),
            device_private,
        };
        // Records prepared for an earlier enrollment were sealed to its keys and carry its
        // device id: drop them; they are sealed again from the case log for this one.
        vault.outbox_ack(u64::MAX >> 1).map_err(store_err)?;
        vault
            .put_setting(
                CONFIG_SETTING,
                &serde_json::to_vec(&cfg).unwrap_or_default(),
            )
            .map_err(store_err)?;
        vault.put_setting(ACKED_SETTING, b"0").map_err(store_err)?;
        // Enrollment counts as a sync: the organisation's dead-man period starts now. A
        // policy that was refused changes nothing.
        let mut status = load_status(vault);
        status.notice = policy.as_ref().err().cloned();
        vault.mark_synced(policy.ok()).map_err(store_err)?;
        vault
            .put_setting(
                STATUS_SETTING,
                &serde_json::to_vec(&status).unwrap_or_default(),
            )
            .map_err(store_err)?;
        Ok(cfg)
    }

    /// Ask for a challenge, sign it, redeem the code. Each attempt uses a new challenge (a
    /// used one is refused), so an enrollment whose answer was lost is sent again signed
    /// afresh by the same key, and the server renews the token of that device.
    async fn redeem(
        &mut self,
        vault: &mut Vault,
        server: &str,
        code: &str,
        device_private: &str,
        device_public: &str,
    ) -> Result<EnrollResponse, SyncError> {
        let mut last = SyncError::Offline("no attempt was made".into());
        for attempt in 0..self.opts.max_attempts {
            if attempt > 0 {
                self.progress.retries += 1;
                tokio::time::sleep(self.backoff(attempt)).await;
            }
            let c: EnrollChallenge = self
                .request(vault, None, 0, |c| {
                    c.http.post(format!("{server}/v1/enroll/challenge"))
                })
                .await?;
            let text = EnrollRequest::signed_text(&c.challenge, code, device_public);
            let signature = sanad_crypto::sign::sign_command(device_private, &text)
                .map_err(|_| SyncError::Enrollment("could not sign with the device key".into()))?;
            let body = serde_json::to_vec(&EnrollRequest {
                code: code.to_owned(),
                device_key: device_public.to_owned(),
                challenge: c.challenge,
                signature,
            })
            .unwrap_or_default();
            let r = self
                .request_n(vault, None, body.len(), 1, |c| {
                    c.http
                        .post(format!("{server}/v1/enroll"))
                        .header(reqwest::header::CONTENT_TYPE, "application/json")
                        .body(body.clone())
                })
                .await;
            match r {
                Err(e @ SyncError::Offline(_)) => last = e,
                other => return other,
            }
        }
        Err(last)
    }
}

#[cfg(test)]
mod tests {
    use super::check_url;

    #[test]
    fn plain_http_only_to_this_machine_by_its_parsed_host() {
        for ok in [
            "https://sanad.example.org",
            "http://127.0.0.1:8787",
            "http://localhost:8787/",
            "http://[::1]:8787",
            "http://127.1.2.3",
        ] {
            assert!(check_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://localhost.evil.com",
            "http://localhost@evil.com",
            "http://127.0.0.1.evil.com",
            "http://[::1].evil.com",
            "http://evil.com/?localhost",
            "http://user:pw@127.0.0.1",
            "ftp://127.0.0.1",
            "127.0.0.1:8787",
            "http://10.0.0.1",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }
}
