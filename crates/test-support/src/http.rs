//! HTTP/1.1 on loopback for tests, without a client library: a fault-injecting proxy
//! between the sync client and the server, and raw requests for authorization tests.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request read from a stream: header block and body.
async fn read_request<R: AsyncRead + Unpin>(r: &mut R) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if r.read(&mut byte).await.ok()? == 0 {
            return None;
        }
        buf.push(byte[0]);
        if buf.len() > 64 * 1024 {
            return None;
        }
    }
    let head = String::from_utf8(buf).ok()?;
    let len = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    r.read_exact(&mut body).await.ok()?;
    Some((head, body))
}

/// The header block with `Connection: close` in place of any connection header.
fn closing(head: &str) -> String {
    let mut out: Vec<&str> = head
        .trim_end_matches("\r\n\r\n")
        .split("\r\n")
        .filter(|l| !l.to_ascii_lowercase().starts_with("connection:"))
        .collect();
    out.push("connection: close");
    out.join("\r\n") + "\r\n\r\n"
}

/// Send one request upstream and read the whole answer (until the server closes).
async fn forward(upstream: SocketAddr, head: &str, body: &[u8]) -> Option<Vec<u8>> {
    let mut s = TcpStream::connect(upstream).await.ok()?;
    s.write_all(closing(head).as_bytes()).await.ok()?;
    s.write_all(body).await.ok()?;
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.ok()?;
    Some(out)
}

/// The response with `Connection: close` (the proxy serves one request per connection).
fn close_response(resp: &[u8]) -> Vec<u8> {
    match resp.windows(4).position(|w| w == b"\r\n\r\n") {
        Some(i) => {
            let head = String::from_utf8_lossy(&resp[..i + 4]).into_owned();
            let mut out = closing(&head).into_bytes();
            out.extend_from_slice(&resp[i + 4..]);
            out
        }
        None => resp.to_vec(),
    }
}

/// Kinds of faults, each counted.
#[derive(Debug, Default)]
pub struct FaultCounts {
    /// Requests seen.
    pub requests: AtomicU64,
    /// Connection dropped before forwarding.
    pub dropped: AtomicU64,
    /// 500 or 503 answered without forwarding.
    pub errors: AtomicU64,
    /// Forwarded, then the answer held back past the client's timeout.
    pub stalled: AtomicU64,
    /// Forwarded twice.
    pub duplicated: AtomicU64,
    /// Forwarded, then the answer cut in the middle.
    pub cut: AtomicU64,
    /// Bytes from client to server (headers and bodies, as received).
    pub bytes_up: AtomicU64,
    /// Bytes from server to client.
    pub bytes_down: AtomicU64,
}

impl FaultCounts {
    /// Total faults injected.
    pub fn faults(&self) -> u64 {
        [
            &self.dropped,
            &self.errors,
            &self.stalled,
            &self.duplicated,
            &self.cut,
        ]
        .iter()
        .map(|c| c.load(Ordering::Relaxed))
        .sum()
    }
}

/// A proxy on loopback that forwards to `upstream`, injecting a fault into a `rate` share
/// of requests (seeded, so a run can be repeated).
pub struct FaultProxy {
    /// Where clients connect.
    pub addr: SocketAddr,
    /// What happened.
    pub counts: Arc<FaultCounts>,
}

impl FaultProxy {
    /// Start on the current tokio runtime.
    pub async fn start(upstream: SocketAddr, rate: f64, seed: u64, stall: Duration) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("addr");
        let counts = Arc::new(FaultCounts::default());
        let c = counts.clone();
        let rng = Arc::new(std::sync::Mutex::new(seed.max(1)));
        tokio::spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                let c = c.clone();
                let rng = rng.clone();
                tokio::spawn(async move {
                    let Some((head, body)) = read_request(&mut client).await else {
                        return;
                    };
                    c.requests.fetch_add(1, Ordering::Relaxed);
                    c.bytes_up
                        .fetch_add((head.len() + body.len()) as u64, Ordering::Relaxed);
                    let (roll, kind) = {
                        let mut s = rng.lock().expect("rng");
                        let mut next = || {
                            *s ^= *s << 13;
                            *s ^= *s >> 7;
                            *s ^= *s << 17;
                            *s
                        };
                        ((next() % 1_000_000) as f64 / 1_000_000.0, next() % 5)
                    };
                    if roll >= rate {
                        if let Some(resp) = forward(upstream, &head, &body).await {
                            let resp = close_response(&resp);
                            c.bytes_down.fetch_add(resp.len() as u64, Ordering::Relaxed);
                            let _ = client.write_all(&resp).await;
                        }
                        return;
                    }
                    match kind {
                        0 => {
                            c.dropped.fetch_add(1, Ordering::Relaxed);
                        }
                        1 => {
                            c.errors.fetch_add(1, Ordering::Relaxed);
                            let code = if roll < rate / 2.0 {
                                "500 Internal Server Error"
                            } else {
                                "503 Service Unavailable"
                            };
                            let _ = client
                                .write_all(format!("HTTP/1.1 {code}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").as_bytes())
                                .await;
                        }
                        2 => {
                            c.stalled.fetch_add(1, Ordering::Relaxed);
                            let _ = forward(upstream, &head, &body).await;
                            tokio::time::sleep(stall).await;
                        }
                        3 => {
                            c.duplicated.fetch_add(1, Ordering::Relaxed);
                            let _ = forward(upstream, &head, &body).await;
                            if let Some(resp) = forward(upstream, &head, &body).await {
                                let _ = client.write_all(&close_response(&resp)).await;
                            }
                        }
                        _ => {
                            c.cut.fetch_add(1, Ordering::Relaxed);
                            if let Some(resp) = forward(upstream, &head, &body).await {
                                let resp = close_response(&resp);
                                let _ = client.write_all(&resp[..resp.len() / 2 + 1]).await;
                            }
                        }
                    }
                });
            }
        });
        FaultProxy { addr, counts }
    }
}

/// A raw HTTP/1.1 answer.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// Status code.
    pub status: u16,
    /// Header block.
    pub head: String,
    /// Body.
    pub body: Vec<u8>,
}

impl RawResponse {
    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// Send one request (with exactly these headers) and read the answer.
pub async fn raw_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> RawResponse {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let resp = forward(addr, &head, body).await.expect("server answers");
    let i = resp
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header block");
    let head = String::from_utf8_lossy(&resp[..i]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let mut body = resp[i + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    RawResponse { status, head, body }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..i]).trim(), 16).unwrap_or(0);
        if n == 0 || b.len() < i + 2 + n {
            break;
        }
        out.extend_from_slice(&b[i + 2..i + 2 + n]);
        b = &b[(i + 4 + n).min(b.len())..];
    }
    out
}
