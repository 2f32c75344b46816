//! Build script: a hash of the Rust sources (`src/**/*.rs`, the vendored Yew, `Cargo.lock`), compiled in as
//! `AA_BUILD_HASH`. Server-rendered pages carry it in their fingerprint
//! (`components::prerender`), so the wasm hydrates only markup that this very build would render;
//! markup from another build is rendered again instead (a hydration mismatch would abort the wasm).

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "toml") {
            // Only Rust decides the markup: the JavaScript and HTML templates beside it
            // (`embed/*.js`, the desk's page) never reach a render, and a change to one must not
            // make every pre-rendered page look foreign to the wasm.
            out.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=vendor");
    println!("cargo:rerun-if-changed=build.rs");
    let mut paths = Vec::new();
    files(Path::new("src"), &mut paths);
    // The vendored Yew renders and hydrates the markup too (vendor/PATCHES.md).
    files(Path::new("vendor"), &mut paths);
    paths.push(PathBuf::from("Cargo.lock"));
    paths.sort();
    // FNV-1a, 64 bits: stable across hosts and Rust versions, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for path in &paths {
        feed(path.to_string_lossy().replace('\\', "/").as_bytes());
        feed(&[0]);
        feed(&fs::read(path).unwrap_or_default());
        feed(&[0]);
    }
    println!("cargo:rustc-env=AA_BUILD_HASH={hash:016x}");
}
