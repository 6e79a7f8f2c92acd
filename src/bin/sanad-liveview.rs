//! The app served to a browser over a WebSocket (dioxus-liveview), on loopback only: the
//! real components, driven in a real browser engine by `scripts/e2e`. Not a product
//! server: one data directory, no authentication.
//!
//! Usage: `sanad-liveview <port> <data-dir>`

use dioxus::prelude::*;
use dioxus_liveview::LiveviewRouter;
use std::path::PathBuf;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(8765);
    let data_dir = PathBuf::from(args.next().unwrap_or_else(|| {
        std::env::temp_dir()
            .join("sanad-liveview")
            .display()
            .to_string()
    }));
    // The liveview router serves every path but "/" itself: start from "/start".
    let app = axum::Router::new()
        .route(
            "/",
            axum::routing::get(|| async { axum::response::Redirect::to("/start") }),
        )
        .with_virtual_dom("/", move || {
            VirtualDom::new_with_props(
                sanad::app::AppIn,
                sanad::app::AppInProps {
                    data_dir: data_dir.clone(),
                },
            )
        });
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .expect("bind the loopback port");
    println!("listening on http://{addr}");
    axum::serve(listener, app.into_make_service())
        .await
        .expect("serve");
}
