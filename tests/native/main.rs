//! Native tests, one crate: the pure model, the reducer, the seeds, W3C rules, contrast and the layering (tidy).
//!
//! One test crate instead of one per file: each crate links the whole library, which dominated
//! the 2-core CI time. Run one module with `cargo test --test native -- anchoring::`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/w3c_rules.rs"]
mod w3c_rules;

mod anchoring;
mod contrast;
mod desk_draft;
mod desk_fixture;
mod desk_publish;
mod desk_state;
mod embed_config;
mod embed_lang;
mod find;
mod graphemes;
mod host_text;
mod i18n_files;
mod i18n_msg;
mod i18n_render;
mod i18n_storage;
mod import_flood;
mod import_formats;
mod import_hostile;
mod import_merge;
mod import_property;
mod import_robustness;
mod import_roundtrip;
mod import_tolerance;
mod island_shape;
mod json;
mod markdown_structure;
mod markdown_tables;
mod placement;
mod reader_documents;
mod reanchor_simulation;
mod reanchoring;
mod render_cli;
mod render_cli_errors;
mod render_markup;
mod seeds;
mod segments_incremental;
mod segments_overlap;
mod selection;
mod source_formats;

mod state;
mod state_import;
mod state_popover;
mod state_restore;
mod state_saved;
mod state_sync;
mod suggest_cli;
mod suggest_cli_output;
mod suggest_rules;
mod suggest_score;
mod suggest_traps;
mod synthetic_cli;
mod tidy;
mod tidy_layers;
mod w3c_conformance;
mod w3c_export_files;
mod w3c_writer;
