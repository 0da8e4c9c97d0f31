//! Reading a briefing's bytes: fetching an address with progress (and an abort signal),
//! or streaming a local file, stopping past the size limit or as soon as the load is no
//! longer wanted. Which load is wanted is the caller's bookkeeping ([`Transfer`]).
//!
//! Requests and responses are gloo-net's. Two things have no gloo API and stay on
//! web-sys: the `AbortController` that cancels a request, and reading a body as a stream
//! (gloo-net reads a body only whole, with no progress and no size limit on the way).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use gloo_net::http::{Request, Response};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use briefing::load::MAX_BYTES;
use briefing::problem::{echo, Code};
use briefing::Problem;

/// One running transfer, as the loader sees it.
pub trait Transfer {
    /// False once the load was cancelled, superseded or stopped: reading stops.
    fn wanted(&self) -> bool;
    /// Bytes so far and, when known, in all.
    fn progressed(&self, done: usize, total: Option<f64>);
    /// Keeps what cancelling must abort.
    fn hold(&self, abort: Abort);
}

/// What cancelling a transfer aborts.
pub enum Abort {
    Request(web_sys::AbortController),
    Stream(web_sys::ReadableStreamDefaultReader),
}

impl Abort {
    pub fn abort(self) {
        match self {
            Abort::Request(controller) => controller.abort(),
            Abort::Stream(reader) => cancel(&reader),
        }
    }
}

/// Cancels a body's reader. The promise `cancel` returns rejects when the stream is
/// already errored (as it is once its request was aborted): awaited here, so a cancelled
/// load is a normal outcome and no uncaught `AbortError` reaches the console.
fn cancel(reader: &web_sys::ReadableStreamDefaultReader) {
    let promise = reader.cancel();
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

/// One problem, as a load failure.
fn failure(path: &str, code: Code, args: Vec<(&'static str, String)>) -> Vec<Problem> {
    vec![Problem::new(path, code, args)]
}

/// The size-limit problem.
fn too_large() -> Vec<Problem> {
    failure(
        "(file)",
        Code::FileLargerThanLimit,
        vec![("limit", (MAX_BYTES / 1_048_576).to_string())],
    )
}

/// A JS error's message, for reports.
fn js_text(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Reads a byte stream to the end. `Err(vec![])` means the load is no longer wanted.
pub async fn read_stream(
    stream: web_sys::ReadableStream,
    transfer: &impl Transfer,
    total: Option<f64>,
) -> Result<Vec<u8>, Vec<Problem>> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    if !transfer.wanted() {
        cancel(&reader);
        return Err(Vec::new());
    }
    transfer.hold(Abort::Stream(reader.clone()));
    // Sized up front when the length is known, so the bytes are never moved as they grow.
    let expected = total.map_or(0, |n| (n as usize).min(MAX_BYTES));
    let mut bytes = Vec::with_capacity(expected);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| {
            failure(
                "(network)",
                Code::NetworkReadFailed,
                vec![("error", echo(&js_text(&e)))],
            )
        })?;
        if !transfer.wanted() {
            // Cancelled, superseded or stopped: the reader was cancelled with it.
            return Err(Vec::new());
        }
        let done = js_sys::Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            transfer.progressed(bytes.len(), total);
            return Ok(bytes);
        }
        if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
            // One copy, straight from the chunk into the end of the buffer.
            let chunk = js_sys::Uint8Array::new(&value);
            let n = chunk.length() as usize;
            if bytes.len() + n > MAX_BYTES {
                cancel(&reader);
                return Err(too_large());
            }
            let at = bytes.len();
            bytes.resize(at + n, 0);
            chunk.copy_to(&mut bytes[at..]);
        }
        if bytes.len() > MAX_BYTES {
            cancel(&reader);
            return Err(too_large());
        }
        transfer.progressed(bytes.len(), total);
    }
}

/// True for content types a briefing may arrive as.
fn is_json_like(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence == "text/json"
        || essence.ends_with("+json")
        || essence == "text/plain"
        || essence == "application/octet-stream"
}

/// Fetches and installs `lang`'s interface text (`i18n::packs`); on failure says why in
/// the console and returns it, for the page to say in its own words.
pub async fn fetch_language(lang: i18n::Lang) -> Result<(), String> {
    use i18n::packs;
    let path = packs::path(lang);
    let result = fetch_text(&path)
        .await
        .and_then(|text| packs::install(lang, &text).map_err(|e| e.to_string()));
    if let Err(why) = &result {
        super::page::warn(&format!("{path}: {why}"));
    }
    result
}

/// Fetches a small text file of the site itself (a language pack): its text, or why not.
async fn fetch_text(url: &str) -> Result<String, String> {
    super::window().ok_or("no window")?;
    let request = web_sys::Request::new_with_str(url).map_err(|e| js_text(&e))?;
    let response = Request::from(request)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// What a fetch brought: the body, and the address it really came from (the last one
/// after redirects: `Response.url`), which is what the page must name as its source.
pub struct Fetched {
    pub bytes: Vec<u8>,
    pub url: String,
}

/// Fetches `url` (same origin, or an origin that allows CORS) and reads it with progress.
///
/// The request is sent now, not when the returned future is first awaited: a load that
/// starts with the page (`src=`) is then under way while the page is still being drawn,
/// instead of after (about 20 ms at start-up here).
pub fn fetch_bytes<T: Transfer>(
    url: &str,
    transfer: T,
) -> impl Future<Output = Result<Fetched, Vec<Problem>>> {
    let fetch_failed = |error: String| {
        failure(
            "(network)",
            Code::NetworkFetchFailed,
            vec![("error", echo(&error))],
        )
    };
    let src = url.to_string();
    let sent = super::window()
        .ok_or_else(|| fetch_failed("no window".into()))
        .and_then(|_| {
            let init = web_sys::RequestInit::new();
            if let Ok(controller) = web_sys::AbortController::new() {
                init.set_signal(Some(&controller.signal()));
                transfer.hold(Abort::Request(controller));
            }
            // gloo-net's request builder is not used: it parses and rebuilds the address
            // to add query parameters, which a load never has (6 KB of wasm).
            web_sys::Request::new_with_str_and_init(url, &init)
                .map_err(|e| fetch_failed(js_text(&e)))
        })
        .map(|request| Started::now(Request::from(request).send()));
    async move {
        let response = sent?.await.map_err(|e| fetch_failed(e.to_string()))?;
        // Empty for some synthetic responses: then the address asked for is the truth.
        let url = Some(response.url()).filter(|u| !u.is_empty());
        let bytes = read_response(response, &transfer).await?;
        Ok(Fetched {
            url: url.unwrap_or_else(|| src.clone()),
            bytes,
        })
    }
}

/// A future polled once at once, so that what it does before its first wait (gloo-net's
/// `send` calls `fetch` there) happens now; awaiting it later goes on from there.
enum Started<F: Future> {
    Pending(Pin<Box<F>>),
    Ready(Option<F::Output>),
}

impl<F: Future> Started<F> {
    fn now(future: F) -> Self {
        let mut future = Box::pin(future);
        // No one is waiting yet; the waker of the first real poll replaces this one.
        match future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(output) => Started::Ready(Some(output)),
            Poll::Pending => Started::Pending(future),
        }
    }
}

// Nothing inside is ever pinned in place: the future is boxed, the output only moved out.
impl<F: Future> Unpin for Started<F> {}

impl<F: Future> Future for Started<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        match self.get_mut() {
            Started::Pending(future) => future.as_mut().poll(cx),
            Started::Ready(output) => Poll::Ready(output.take().expect("polled after it ended")),
        }
    }
}

/// Checks a fetched response's status, type and length, then reads its body.
async fn read_response(
    response: Response,
    transfer: &impl Transfer,
) -> Result<Vec<u8>, Vec<Problem>> {
    transfer.progressed(0, None);
    let headers = response.headers();
    let header = |name: &str| headers.get(name);
    let content_type = header("content-type").unwrap_or_default();
    let http = || {
        vec![
            ("status", response.status().to_string()),
            ("status_text", echo(response.status_text().trim())),
            ("content_type", echo(&content_type)),
        ]
    };
    if !response.ok() {
        let code = if content_type.trim().is_empty() {
            Code::NetworkHttpErrorUntyped
        } else {
            Code::NetworkHttpError
        };
        return Err(failure("(network)", code, http()));
    }
    if !is_json_like(&content_type) {
        return Err(failure("(network)", Code::NetworkNotJson, http()));
    }
    // Parsed as an integer (which it is): a float parser would cost wasm bytes.
    let total = header("content-length")
        .and_then(|n| n.trim().parse::<u64>().ok())
        .map(|n| n as f64);
    if total.is_some_and(|n| n > MAX_BYTES as f64) {
        return Err(too_large());
    }
    match response.body() {
        Some(body) => read_stream(body, transfer, total).await,
        None => Ok(Vec::new()),
    }
}
