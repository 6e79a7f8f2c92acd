//! The listener: HTTP/1.1 (over TLS or plain on loopback) with a cap on open connections,
//! a deadline for the TLS handshake and the header block, and one for each request's
//! body and answer. A client that opens connections and sends nothing, or sends a header
//! a byte at a time, holds a connection for `header_timeout` at most; past
//! `max_connections` new connections are closed at once.

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use crate::limits::Limits;

/// Accept connections on `listener` until the process ends, serving `app` on each.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    tls: Option<tokio_rustls::TlsAcceptor>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    loop {
        let (tcp, peer) = match listener.accept().await {
            Ok(c) => c,
            // Out of file descriptors or a connection reset before accept: keep serving.
            Err(e) => {
                tracing::warn!(target: "sanad_server", error = %e, "accept failed");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tracing::warn!(target: "sanad_server", "connection cap reached: connection closed");
            drop(tcp);
            continue;
        };
        let (app, limits, tls) = (app.clone(), limits.clone(), tls.clone());
        tokio::spawn(async move {
            let _slot = slot;
            let _ = tcp.set_nodelay(true);
            match tls {
                None => serve_connection(tcp, peer, app, &limits).await,
                Some(acceptor) => {
                    let hs = tokio::time::timeout(limits.header_timeout, acceptor.accept(tcp));
                    if let Ok(Ok(stream)) = hs.await {
                        serve_connection(stream, peer, app, &limits).await;
                    }
                }
            }
        });
    }
}

/// Serve HTTP/1.1 requests on one connection, with the limits' deadlines.
async fn serve_connection<S>(stream: S, peer: SocketAddr, app: Router, limits: &Limits)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let request_timeout = limits.request_timeout;
    let service =
        hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let mut app = app.clone();
            async move {
                // A Router is always ready: `call` needs no `poll_ready` first.
                let call = tower_service::Service::call(&mut app, req);
                match tokio::time::timeout(request_timeout, call).await {
                    Ok(res) => res,
                    Err(_) => Ok((
                        StatusCode::REQUEST_TIMEOUT,
                        axum::Json(sanad_protocol::ErrorBody {
                            error: "timeout".into(),
                            message: "the request was not sent and answered in time".into(),
                        }),
                    )
                        .into_response()),
                }
            }
        });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .serve_connection(TokioIo::new(stream), service);
    if let Err(e) = conn.await {
        tracing::debug!(target: "sanad_server", error = %e, "connection ended");
    }
}
